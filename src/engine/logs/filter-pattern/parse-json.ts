// The JSON filter pattern: `{ $.a = "x" && ($.b > 1 || $.c[0].d IS NULL) }`, `NOT EXISTS`, `IS TRUE`.
import { tokenize, TokenStream } from './lexer';
import { literalOf, notANumber } from './literal';
import type { ComparisonOp, JsonExpr, Literal, Selector } from './types';

export function parseJson(pattern: string): JsonExpr {
  const s = new TokenStream(pattern, tokenize(pattern));
  s.expect('punct', '{');
  const expr = orExpr(s);
  s.expect('punct', '}');
  if (!s.is('end')) throw s.unexpected();
  return expr;
}

function orExpr(s: TokenStream): JsonExpr {
  let left = andExpr(s);
  while (s.accept('op', '||')) left = { kind: 'or', left, right: andExpr(s) };
  return left;
}

function andExpr(s: TokenStream): JsonExpr {
  let left = primary(s);
  while (s.accept('op', '&&')) left = { kind: 'and', left, right: primary(s) };
  return left;
}

function primary(s: TokenStream): JsonExpr {
  if (s.accept('punct', '(')) {
    const inner = orExpr(s);
    s.expect('punct', ')');
    return inner;
  }
  const token = s.peek();
  if (token.kind !== 'selector') throw s.unexpected();
  s.next();
  const selector = parseSelector(token.text, token.at, s);
  const word = s.peek();
  if (word.kind === 'word' && word.text === 'IS') {
    s.next();
    const what = s.expect('word').text;
    if (what !== 'TRUE' && what !== 'FALSE' && what !== 'NULL') throw s.unexpected(s.peek(-1));
    return { kind: 'is', selector, what };
  }
  if (word.kind === 'word' && word.text === 'NOT') {
    s.next();
    s.expect('word', 'EXISTS');
    return { kind: 'notExists', selector };
  }
  const op = s.peek();
  if (op.kind !== 'op' || op.text === '&&' || op.text === '||') throw s.unexpected();
  s.next();
  return { kind: 'compare', selector, op: op.text as ComparisonOp, value: comparisonValue(s, op.text as ComparisonOp) };
}

/** The right side of a comparison; ordering operators take numbers only. */
export function comparisonValue(s: TokenStream, op: ComparisonOp): Literal {
  const token = s.next();
  let value: Literal;
  if (token.kind === 'string') value = { kind: 'string', value: token.text };
  else if (token.kind === 'word') value = literalOf(token.text);
  else throw s.unexpected(token);
  if (op !== '=' && op !== '!=' && value.kind !== 'number') throw notANumber(token.kind === 'string' ? `"${token.text}"` : token.text, token.at + 1);
  return value;
}

/** `$.a.b[0]["c d"]` is not supported by CloudWatch either; keys are `.name`, indexes `[n]`. */
function parseSelector(text: string, at: number, s: TokenStream): Selector {
  const path: Selector = [];
  const re = /\.([^.[\]]+)|\[(\d+)\]/y;
  re.lastIndex = 1;
  while (re.lastIndex < text.length) {
    const start = re.lastIndex;
    const m = re.exec(text);
    if (!m) throw s.unexpected({ kind: 'selector', text, at: at + start });
    path.push(m[1] !== undefined ? m[1] : Number(m[2]));
  }
  if (path.length === 0) throw s.unexpected({ kind: 'selector', text, at });
  return path;
}
