import { describe, expect, it } from 'vitest';
import { checkJson } from './json-check';

describe('checkJson', () => {
  it('returns the value of valid JSON', () => {
    expect(checkJson('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it('locates a missing comma by line and column', () => {
    const result = checkJson('{\n  "a": 1\n  "b": 2\n}');
    expect(result).toMatchObject({ ok: false, line: 3, column: 3 });
    if (!result.ok) expect(result.message).not.toMatch(/position/);
  });

  it('locates a trailing comma and an early end', () => {
    expect(checkJson('{"a": 1,}')).toMatchObject({ ok: false, line: 1, column: 9 });
    expect(checkJson('{\n  "a": ')).toMatchObject({ ok: false, line: 2 });
  });
});
