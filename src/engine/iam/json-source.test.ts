import { describe, expect, it } from 'vitest';
import { fromPlain, JsonSyntaxError, locate, parseJsonSource, toPlain } from './json-source';

const syntaxError = (text: string) => {
  try {
    parseJsonSource(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error;
    throw error;
  }
  throw new Error('expected a syntax error');
};

describe('parseJsonSource', () => {
  it('parses what JSON.parse parses, to the same value', () => {
    const text = '{"a": [1, -2.5e3, true, false, null], "b": {"c": "x\\ty\\u00e9\\"\\/"}, "d": []}';
    expect(toPlain(parseJsonSource(text))).toEqual(JSON.parse(text));
  });

  it('keeps where each value and key is written', () => {
    const text = '{\n  "Effect": "Allow"\n}';
    const root = parseJsonSource(text);
    if (root.kind !== 'object') throw new Error('object expected');
    const entry = root.entries[0]!;
    expect(text.slice(entry.keySpan.start, entry.keySpan.end)).toBe('"Effect"');
    expect(text.slice(entry.value.start, entry.value.end)).toBe('"Allow"');
    expect(locate(text, entry.value.start)).toEqual({ line: 2, column: 13 });
  });

  it('keeps both entries of a duplicated key, and toPlain keeps the last as JSON.parse does', () => {
    const root = parseJsonSource('{"a": 1, "a": 2}');
    expect(root.kind === 'object' && root.entries.map((e) => e.key)).toEqual(['a', 'a']);
    expect(toPlain(root)).toEqual({ a: 2 });
  });

  it.each([
    ['{"a": 1,}', 'Trailing comma before }', 1, 9],
    ['[1, 2,]', 'Trailing comma before ]', 1, 7],
    ['{"a" 1}', `Expected ':' after the property name "a"`, 1, 6],
    ['{\n  "a": 1\n  "b": 2\n}', `Expected ',' or '}' after a property value, found '"'`, 3, 3],
    ['[1 2]', `Expected ',' or ']' after a list item, found '2'`, 1, 4],
    ["{'a': 1}", `Expected a property name in double quotes, found '''`, 1, 2],
    ['{"a": "b', 'Unterminated string', 1, 7],
    ['"a\\qb"', 'Bad escape \\q in a string', 1, 3],
    ['"\\u12g4"', 'Bad \\u escape in a string', 1, 2],
    ['"a\nb"', 'Control characters must be escaped in a string', 1, 3],
    ['', 'Unexpected end of the JSON text; a value is missing', 1, 1],
    ['{"a": tru}', `Unexpected 't'; expected a value`, 1, 7],
    ['{} x', `Unexpected 'x' after the end of the JSON value`, 1, 4],
    ['-', `Unexpected '-'; expected a value`, 1, 1],
  ])('reports %j as "%s" at line %i, column %i', (text, message, line, column) => {
    const error = syntaxError(text);
    expect(error.message).toBe(`${message} (line ${line}, column ${column})`);
    expect(error.location).toEqual({ line, column });
  });
});

describe('fromPlain', () => {
  it('turns a value into nodes with empty spans', () => {
    const node = fromPlain({ a: ['x', 1, true, null] });
    expect(toPlain(node)).toEqual({ a: ['x', 1, true, null] });
    expect(node).toMatchObject({ start: 0, end: 0 });
  });
});
