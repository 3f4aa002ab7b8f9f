// Patterns CloudWatch refuses get its InvalidParameterException wording and the column to mark;
// the ones it accepts parse into the expected shape.
import { describe, expect, it } from 'vitest';
import { checkFilterPattern, parseFilterPattern } from './parse';
import { FilterPatternError } from './types';

const error = (pattern: string) => {
  const e = checkFilterPattern(pattern);
  return e && { message: e.message, column: e.column };
};

describe('parseFilterPattern', () => {
  it('tells the three kinds apart', () => {
    expect(parseFilterPattern('ERROR ?WARN -DEBUG').kind).toBe('terms');
    expect(parseFilterPattern(' { $.a = 1 }').kind).toBe('json');
    expect(parseFilterPattern('[a, ..., b]').kind).toBe('delimited');
    expect(parseFilterPattern('').kind).toBe('all');
  });

  it('sorts terms into required, optional and excluded', () => {
    expect(parseFilterPattern('ERROR "bad request" ?x -y')).toEqual({
      kind: 'terms',
      required: [{ kind: 'text', text: 'ERROR' }, { kind: 'text', text: 'bad request' }],
      optional: [{ kind: 'text', text: 'x' }],
      excluded: [{ kind: 'text', text: 'y' }],
    });
  });

  it('reads selectors with keys and indexes', () => {
    expect(parseFilterPattern('{ $.a[0].b = "x" }')).toEqual({ kind: 'json', expr: { kind: 'compare', selector: ['a', 0, 'b'], op: '=', value: { kind: 'string', value: 'x' } } });
  });

  it('&& binds tighter than ||', () => {
    const p = parseFilterPattern('{ $.a = 1 || $.b = 2 && $.c = 3 }');
    expect(p.kind === 'json' && p.expr.kind).toBe('or');
  });
});

describe('patterns CloudWatch refuses', () => {
  it('unquoted terms with symbols, as AWS words it', () => {
    expect(error('email@domain.com')).toEqual({ message: "Invalid character(s) in term 'email@domain.com'", column: 1 });
    expect(error('ERROR !(')).toEqual({ message: "Invalid character(s) in term '!('", column: 7 });
    expect(error('ok ""')).toEqual({ message: `Invalid character(s) in term '""'`, column: 4 });
    expect(error('"unterminated')).toEqual({ message: `Invalid character(s) in term '"unterminated'`, column: 1 });
  });

  it('regex terms with parentheses or unsupported symbols', () => {
    expect(error('%(a)%')?.message).toBe("Invalid character(s) in term '%(a)%'");
    expect(error('%something!%')?.message).toBe("Invalid character(s) in term '%something!%'");
  });

  it('broken JSON patterns point at where they stop making sense', () => {
    expect(error('{ $.level = }')).toEqual({ message: "Invalid character(s) in term '}'", column: 13 });
    expect(error('{ $.level = "error"')).toEqual({ message: `Invalid character(s) in term '{ $.level = "error"'`, column: 20 });
    expect(error('{ level = "error" }')).toEqual({ message: `Invalid character(s) in term 'level = "error" }'`, column: 3 });
    expect(error('{ $.a > "x" }')).toEqual({ message: `Invalid character(s) in term '"x"'`, column: 9 });
    expect(error('{ $.a IS MAYBE }')?.column).toBe(10);
    expect(error('{ ($.a = 1 }')?.column).toBe(12);
    expect(error('{ $.a = 1 } extra')?.column).toBe(13);
  });

  it('broken space-delimited patterns', () => {
    expect(error('[a, b')?.column).toBe(6);
    expect(error('[a, , b]')).toEqual({ message: "Invalid character(s) in term ', b]'", column: 5 });
    expect(error('[a, b >= x]')?.message).toBe("Invalid character(s) in term 'x'");
  });

  it('accepts well-formed patterns', () => {
    for (const ok of ['ERROR', '"a b"', '?a ?b', 'a -b', '{ $.a IS NULL }', '{ $.a NOT EXISTS }', '{ ($.a = 1) && ($.b != "x") }', '[ip, ..., status = 4*]', '%ERR[0-9]+%']) {
      expect(checkFilterPattern(ok), ok).toBeUndefined();
    }
  });

  it('the error is an InvalidParameterException', () => {
    expect(() => parseFilterPattern('{')).toThrow(FilterPatternError);
    expect(checkFilterPattern('{')?.name).toBe('InvalidParameterException');
  });
});
