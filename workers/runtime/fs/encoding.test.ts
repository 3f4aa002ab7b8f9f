// Open flags, encodings and option shapes as Node parses them.
import { describe, expect, it } from 'vitest';
import { fromBytes, parseFlags, parseOptions, toBytes } from './encoding';

describe('open flags', () => {
  it('reads Node’s string flags in either modifier order', () => {
    expect(parseFlags('r', 'r')).toEqual({ read: true, write: false, create: false, exclusive: false, truncate: false, append: false });
    expect(parseFlags('w', 'r')).toMatchObject({ read: false, write: true, create: true, truncate: true });
    expect(parseFlags('xw+', 'r')).toEqual(parseFlags('wx+', 'r'));
    expect(parseFlags('wx+', 'r')).toMatchObject({ read: true, write: true, exclusive: true });
    expect(parseFlags('a+', 'r')).toMatchObject({ read: true, write: true, append: true, truncate: false });
    expect(parseFlags('sr+', 'r')).toEqual(parseFlags('rs+', 'r'));
    expect(parseFlags(undefined, 'a')).toMatchObject({ append: true, create: true });
  });

  it('reads numeric O_* flags', () => {
    // O_WRONLY | O_CREAT | O_EXCL
    expect(parseFlags(1 | 64 | 128, 'r')).toMatchObject({ read: false, write: true, create: true, exclusive: true });
    expect(parseFlags(2 | 1024, 'r')).toMatchObject({ read: true, write: true, append: true });
  });

  it('rejects what Node rejects', () => {
    for (const flag of ['rx', 'ws', 'q', 'w++']) expect(() => parseFlags(flag, 'r')).toThrow(`The argument 'flags' is invalid. Received '${flag}'`);
  });
});

describe('data and options', () => {
  it('encodes strings and views, decodes to Buffer or string', () => {
    expect([...toBytes('hi')]).toEqual([104, 105]);
    expect([...toBytes('6869', 'hex')]).toEqual([104, 105]);
    expect([...toBytes(new Uint16Array([0x0201]))]).toEqual([1, 2]);
    expect(fromBytes(new Uint8Array([104, 105]), 'base64')).toBe('aGk=');
    expect(Buffer.isBuffer(fromBytes(new Uint8Array([1])))).toBe(true);
  });

  it('takes a string as the encoding', () => {
    expect(parseOptions('latin1')).toEqual({ encoding: 'latin1' });
    expect(parseOptions(undefined)).toEqual({});
    expect(() => parseOptions({ encoding: 'nope' })).toThrow("The argument 'encoding' is invalid encoding. Received 'nope'");
  });
});
