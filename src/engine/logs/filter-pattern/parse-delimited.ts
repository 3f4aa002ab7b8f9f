// The space-delimited filter pattern: `[ip, user, ..., status = 4* || status = 5*, bytes > 1000]`.
import { tokenize, TokenStream } from './lexer';
import { comparisonValue } from './parse-json';
import type { ComparisonOp, DelimitedField, FieldExpr } from './types';

export function parseDelimited(pattern: string): DelimitedField[] {
  const s = new TokenStream(pattern, tokenize(pattern));
  s.expect('punct', '[');
  const fields: DelimitedField[] = [];
  if (!s.is('punct', ']')) {
    do fields.push(field(s));
    while (s.accept('punct', ','));
  }
  s.expect('punct', ']');
  if (!s.is('end')) throw s.unexpected();
  return fields;
}

function field(s: TokenStream): DelimitedField {
  const token = s.peek();
  if (token.kind !== 'word') throw s.unexpected();
  if (token.text === '...') {
    s.next();
    return { kind: 'ellipsis' };
  }
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(token.text)) throw s.unexpected();
  const name = token.text;
  if (s.peek(1).kind !== 'op') {
    s.next();
    return { kind: 'field', name };
  }
  return { kind: 'field', name, condition: orExpr(s) };
}

function orExpr(s: TokenStream): FieldExpr {
  let left = andExpr(s);
  while (s.accept('op', '||')) left = { kind: 'or', left, right: andExpr(s) };
  return left;
}

function andExpr(s: TokenStream): FieldExpr {
  let left = comparison(s);
  while (s.accept('op', '&&')) left = { kind: 'and', left, right: comparison(s) };
  return left;
}

function comparison(s: TokenStream): FieldExpr {
  if (s.accept('punct', '(')) {
    const inner = orExpr(s);
    s.expect('punct', ')');
    return inner;
  }
  const name = s.expect('word');
  const op = s.peek();
  if (op.kind !== 'op' || op.text === '&&' || op.text === '||') throw s.unexpected();
  s.next();
  return { kind: 'compare', field: name.text, op: op.text as ComparisonOp, value: comparisonValue(s, op.text as ComparisonOp) };
}
