// Splits the structured (JSON and space-delimited) filter patterns into tokens with their columns.
import { invalidTerm } from './types';

export type TokenKind = 'punct' | 'op' | 'string' | 'word' | 'selector' | 'end';

export interface Token {
  kind: TokenKind;
  /** The token's text; for strings, the unquoted contents. */
  text: string;
  /** 0-based offset into the pattern. */
  at: number;
}

const PUNCT = new Set(['{', '}', '[', ']', '(', ')', ',']);
const OPS = ['&&', '||', '!=', '<=', '>=', '=', '<', '>'];
/** What ends a bare word (number, unquoted string with `*`, field name, keyword). */
const WORD_END = /[\s{}[\](),=!<>&|"]/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) { i++; continue; }
    if (PUNCT.has(c)) { tokens.push({ kind: 'punct', text: c, at: i++ }); continue; }
    const op = OPS.find((o) => text.startsWith(o, i));
    if (op) { tokens.push({ kind: 'op', text: op, at: i }); i += op.length; continue; }
    if (c === '"') {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\' && j + 1 < text.length) j++;
        value += text[j++];
      }
      if (j >= text.length) throw invalidTerm(text.slice(i), i + 1);
      tokens.push({ kind: 'string', text: value, at: i });
      i = j + 1;
      continue;
    }
    if (c === '$') {
      // A selector runs until a space or an operator: `$.a.b[0].c`, indexes included.
      let j = i + 1;
      while (j < text.length && !/[\s(),=!<>&|"{}]/.test(text[j]!)) j++;
      tokens.push({ kind: 'selector', text: text.slice(i, j), at: i });
      i = j;
      continue;
    }
    let j = i;
    while (j < text.length && !WORD_END.test(text[j]!)) j++;
    if (j === i) throw invalidTerm(text.slice(i).trim(), i + 1);
    tokens.push({ kind: 'word', text: text.slice(i, j), at: i });
    i = j;
  }
  tokens.push({ kind: 'end', text: '', at: text.length });
  return tokens;
}

/** A cursor over tokens, with the error AWS gives for what cannot come next. */
export class TokenStream {
  #i = 0;
  constructor(
    readonly source: string,
    private readonly tokens: Token[],
  ) {}

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.#i + offset, this.tokens.length - 1)]!;
  }

  next(): Token {
    const token = this.peek();
    if (this.#i < this.tokens.length - 1) this.#i++;
    return token;
  }

  is(kind: TokenKind, text?: string): boolean {
    const token = this.peek();
    return token.kind === kind && (text === undefined || token.text === text);
  }

  accept(kind: TokenKind, text?: string): Token | undefined {
    return this.is(kind, text) ? this.next() : undefined;
  }

  expect(kind: TokenKind, text?: string): Token {
    const token = this.accept(kind, text);
    if (!token) throw this.unexpected();
    return token;
  }

  /** AWS names the term it stopped at; the rest of the pattern from there, trimmed, stands in for it. */
  unexpected(token = this.peek()) {
    const rest = this.source.slice(token.at).trim();
    return invalidTerm(rest === '' ? this.source.trim() : rest, token.at + 1);
  }
}
