import { describe, expect, it } from 'vitest';
import { notificationConfigurationId, s3HostId, s3RequestId, Sequencer } from './s3-ids';

describe('S3 identifiers', () => {
  it('shapes request and host ids like S3 response headers', () => {
    expect(s3RequestId()).toMatch(/^[0-9A-F]{16}$/);
    expect(s3HostId()).toMatch(/^[A-Za-z0-9+/]{64}$/);
    expect(s3RequestId()).not.toBe(s3RequestId());
  });

  it('names configurations with a base64 UUID', () => {
    expect(atob(notificationConfigurationId())).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('issues sequencers that start with the epoch seconds and always increase', () => {
    const sequencer = new Sequencer();
    const t = Date.UTC(2026, 10, 21, 12, 0, 0);
    const seen = [sequencer.next(t), sequencer.next(t), sequencer.next(t + 999), sequencer.next(t + 1000), sequencer.next(t + 5000)];
    // A clock that goes backwards must not make a later event look earlier.
    seen.push(sequencer.next(t - 60_000));
    for (const s of seen) expect(s).toMatch(/^00[0-9A-F]{16}$/);
    expect(parseInt(seen[0]!.slice(2, 10), 16)).toBe(t / 1000);
    expect([...seen].sort()).toEqual(seen);
    expect(new Set(seen).size).toBe(seen.length);
  });
});
