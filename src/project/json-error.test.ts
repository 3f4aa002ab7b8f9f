import { describe, expect, it } from 'vitest';
import { findJsonProblem } from './json-error';

describe('findJsonProblem', () => {
  it('accepts JSON and locates each kind of mistake', () => {
    expect(findJsonProblem('{"a": [1, -2.5e3, true, null, "x\\u00e9"]}')).toBeUndefined();
    expect(findJsonProblem("{'a': 1}")).toMatchObject({ line: 1, column: 2, reason: expect.stringContaining('property name in double quotes') });
    expect(findJsonProblem('{"a": "line\nbreak"}')).toMatchObject({ line: 1, column: 12, reason: expect.stringContaining('control character') });
    expect(findJsonProblem('{"a": "\\x"}')).toMatchObject({ reason: 'an invalid escape sequence in a string' });
    expect(findJsonProblem('{"a": 1} x')).toMatchObject({ column: 10, reason: expect.stringContaining('after the end') });
    expect(findJsonProblem('{"a" 1}')).toMatchObject({ column: 6, reason: expect.stringContaining("expected ':'") });
    expect(findJsonProblem('"open')).toMatchObject({ reason: 'a string is not closed with "' });
  });
});
