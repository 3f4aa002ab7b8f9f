import { describe, expect, it } from 'vitest';
import { decodeEventKey, encodeEventKey } from './event-key';

describe('event record keys', () => {
  it('encodes spaces as + (the AWS docs example) and keeps slashes (the SAM sample)', () => {
    expect(encodeEventKey('red flower.jpg')).toBe('red+flower.jpg');
    expect(encodeEventKey('test/key')).toBe('test/key');
    expect(encodeEventKey('Happy Face.jpg')).toBe('Happy+Face.jpg');
  });

  it('percent-encodes + and other reserved characters, as reported from real events', () => {
    // aws/aws-sdk-net#640: "this im + age blah.txt" arrived as "this+im+%2B+age+blah.txt".
    expect(encodeEventKey('this im + age blah.txt')).toBe('this+im+%2B+age+blah.txt');
    // aws/aws-sam-cli#379: "=" arrives as %3D in Glue/Athena partition keys.
    expect(encodeEventKey('logs/dt=2018-05-04/_SUCCESS')).toBe('logs/dt%3D2018-05-04/_SUCCESS');
    expect(encodeEventKey('a:b;c&d?e#f%g(1)~!\'')).toBe('a%3Ab%3Bc%26d%3Fe%23f%25g%281%29%7E%21%27');
    expect(encodeEventKey('keep.-*_')).toBe('keep.-*_');
  });

  it('percent-encodes the UTF-8 bytes of non-ASCII characters', () => {
    expect(encodeEventKey('사진/é 😀.png')).toBe('%EC%82%AC%EC%A7%84/%C3%A9+%F0%9F%98%80.png');
  });

  it('round-trips through the decoding handlers use', () => {
    for (const key of ['red flower.jpg', 'a+b c', '사진/é 😀.png', '100% (final).pdf']) {
      expect(decodeEventKey(encodeEventKey(key))).toBe(key);
    }
  });
});
