import { describe, expect, it } from 'vitest';
import { applyInsertions } from './text-patch';

describe('text patch', () => {
  const source = 'async (event, context) => event';
  const patch = applyInsertions(source, [
    { at: 12, text: ': E' },
    { at: 21, text: ': C' },
  ]);

  it('inserts the texts at their offsets of the source', () => {
    expect(patch.text).toBe('async (event: E, context: C) => event');
  });

  it('maps user positions to the patched text, staying before text inserted at the same point', () => {
    expect(patch.toPatched(0)).toBe(0);
    expect(patch.toPatched(12)).toBe(12);
    expect(patch.toPatched(13)).toBe(16);
    expect(patch.toPatched(source.length)).toBe(patch.text.length);
  });

  it('maps patched positions back, and inserted text to its insertion point', () => {
    for (const pos of [0, 12, 13, 21, 26, source.length]) expect(patch.toUser(patch.toPatched(pos))).toBe(pos);
    expect(patch.toUser(14)).toBe(12);
    expect(patch.isInserted(12, 15)).toBe(true);
    expect(patch.isInserted(11, 15)).toBe(false);
    expect(patch.isInserted(16, 20)).toBe(false);
  });

  it('keeps several insertions at one offset in the order given', () => {
    expect(applyInsertions('event => 1', [{ at: 0, text: '(' }, { at: 5, text: ': E' }, { at: 5, text: ')' }]).text).toBe('(event: E) => 1');
  });
});
