import { describe, expect, it } from 'vitest';
import { SHARE_LINK_THRESHOLDS, shareLinkAdvice } from './share-advice';

describe('shareLinkAdvice', () => {
  it('grades a link by where it will be cut', () => {
    expect(shareLinkAdvice(500)).toMatchObject({ level: 'ok', suggestFile: false });
    expect(shareLinkAdvice(SHARE_LINK_THRESHOLDS.safe)).toMatchObject({ level: 'ok' });
    expect(shareLinkAdvice(SHARE_LINK_THRESHOLDS.safe + 1)).toMatchObject({ level: 'long', suggestFile: false });
    expect(shareLinkAdvice(8_001)).toMatchObject({ level: 'very-long', suggestFile: true, message: expect.stringContaining('share the project as a file') });
    expect(shareLinkAdvice(2_097_153)).toMatchObject({ level: 'too-long', suggestFile: true, message: expect.stringContaining('cannot be opened') });
  });

  it('says the size in readable numbers', () => {
    expect(shareLinkAdvice(12_345).message).toContain('12,345 characters');
  });
});
