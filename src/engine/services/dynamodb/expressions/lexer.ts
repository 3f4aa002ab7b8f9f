// Splits an expression into tokens, keeping whitespace so syntax errors can quote the text "near" a token.

/** What a token is; keywords and function names are `name` tokens, told apart by the parsers. */
export type TokenType = 'name' | 'attrName' | 'attrValue' | 'number' | 'punct' | 'space' | 'unknown' | 'eof';

/** One token: its text exactly as written, and its place in the full token list (spaces included). */
export interface Token {
  readonly type: TokenType;
  readonly text: string;
  readonly index: number;
}

// Longest first, so '<>' and '<=' win over '<'.
const PUNCTUATION = ['<>', '<=', '>=', '<', '>', '=', '(', ')', '[', ']', ',', '.', '+', '-'];

const RULES: ReadonlyArray<[TokenType, RegExp]> = [
  ['space', /[ \t\r\n]+/y],
  // A bare attribute name starts with a letter: DynamoDB refuses '_a' ('Syntax error; token: "_"').
  ['name', /[A-Za-z][A-Za-z0-9_]*/y],
  ['attrName', /#[A-Za-z0-9_]+/y],
  ['attrValue', /:[A-Za-z0-9_]+/y],
  ['number', /[0-9]+/y],
];

/** Tokenises `text`. Characters DynamoDB's grammar has no token for become one-character `unknown` tokens,
 *  so the parser reports them where it meets them, as DynamoDB does. The list ends with an `eof` token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  const push = (type: TokenType, tokenText: string) => {
    tokens.push({ type, text: tokenText, index: tokens.length });
    position += tokenText.length;
  };
  while (position < text.length) {
    const matched = RULES.find(([, pattern]) => {
      pattern.lastIndex = position;
      return pattern.test(text);
    });
    if (matched) {
      push(matched[0], text.slice(position, matched[1].lastIndex));
      continue;
    }
    const punct = PUNCTUATION.find((p) => text.startsWith(p, position));
    push(punct ? 'punct' : 'unknown', punct ?? String.fromCodePoint(text.codePointAt(position)!));
  }
  tokens.push({ type: 'eof', text: '', index: tokens.length });
  return tokens;
}

/** The text DynamoDB quotes as "near" a bad token: the token before it and the one after it, each widened
 *  by one more token when it is whitespace ('SET a = b c d' fails at c, near "b c d"). */
export function nearText(tokens: readonly Token[], index: number): string {
  const at = (i: number) => tokens[i]?.text ?? '';
  const isSpace = (i: number) => tokens[i]?.type === 'space';
  return [
    isSpace(index - 1) ? at(index - 2) : '',
    at(index - 1),
    at(index),
    at(index + 1),
    isSpace(index + 1) ? at(index + 2) : '',
  ].join('');
}

/** The token DynamoDB names in a syntax error: its text, or <EOF> at the end. */
export function tokenLabel(token: Token): string {
  return token.type === 'eof' ? '<EOF>' : token.text;
}
