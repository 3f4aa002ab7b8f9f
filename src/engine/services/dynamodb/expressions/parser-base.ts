// What the three expression parsers share: a token cursor, syntax errors, deferred errors, document paths.
import type { AttributeValue } from '../attribute-value';
import { invalidExpression, type ExpressionContext, type ExpressionKind } from './context';
import { nearText, tokenize, tokenLabel, type Token } from './lexer';
import type { DocPath, PathElement } from './path-types';
import { isReservedWord } from './reserved-words';

/** Walks the non-space tokens of one expression; throws DynamoDB's syntax errors. */
export class TokenCursor {
  private readonly all: Token[];
  private readonly tokens: Token[];
  private position = 0;

  /** `keywords` (upper case) are the grammar's words, which can never be attribute names. */
  constructor(
    text: string,
    readonly kind: ExpressionKind,
    private readonly keywords: ReadonlySet<string>,
  ) {
    // DynamoDB refuses an empty (or blank) expression before parsing, with its own message.
    if (/^[ \t\r\n]*$/.test(text)) throw invalidExpression(kind, 'The expression can not be empty;');
    this.all = tokenize(text);
    this.tokens = this.all.filter((token) => token.type !== 'space');
  }

  peek(ahead = 0): Token {
    return this.tokens[Math.min(this.position + ahead, this.tokens.length - 1)]!;
  }

  next(): Token {
    const token = this.peek();
    if (token.type !== 'eof') this.position++;
    return token;
  }

  isPunct(text: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.type === 'punct' && token.text === text;
  }

  /** Whether the token is the keyword `word` (keywords are case-insensitive). */
  isKeyword(word: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.type === 'name' && token.text.toUpperCase() === word;
  }

  /** Whether the token is a bare name that is not one of the grammar's keywords. */
  isIdentifier(ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.type === 'name' && !this.keywords.has(token.text.toUpperCase());
  }

  eatPunct(text: string): boolean {
    if (!this.isPunct(text)) return false;
    this.position++;
    return true;
  }

  expectPunct(text: string): void {
    if (!this.eatPunct(text)) this.fail();
  }

  expectKeyword(word: string): void {
    if (!this.isKeyword(word)) this.fail();
    this.position++;
  }

  expectEnd(): void {
    if (this.peek().type !== 'eof') this.fail();
  }

  /** Throws 'Invalid <Kind>: Syntax error; token: "<token>", near: "<text around it>"'. */
  fail(token: Token = this.peek()): never {
    const message = `Syntax error; token: "${tokenLabel(token)}", near: "${nearText(this.all, token.index)}"`;
    throw invalidExpression(this.kind, message);
  }

  /** The token after the ')' that closes the '(' at the cursor, to tell a parenthesised condition from a
   *  parenthesised operand without backtracking; undefined when the parentheses do not balance. */
  afterMatchingParen(): Token | undefined {
    let depth = 0;
    for (let i = this.position; i < this.tokens.length; i++) {
      const token = this.tokens[i]!;
      if (token.type === 'punct' && token.text === '(') depth++;
      if (token.type === 'punct' && token.text === ')' && --depth === 0) return this.tokens[i + 1];
    }
    return undefined;
  }
}

/** Semantic errors DynamoDB reports only once the whole expression has parsed, in a fixed order of
 *  categories; within a category the first one found wins. */
export class DeferredErrors {
  private readonly found = new Map<string, { message: string; order: number }>();

  add(category: string, message: string): void {
    if (!this.found.has(category)) this.found.set(category, { message, order: this.found.size });
  }

  /** Throws the first error by `priority`; an entry listing several categories ranks them by discovery. */
  throwFirst(kind: ExpressionKind, priority: ReadonlyArray<string | readonly string[]>): void {
    for (const entry of priority) {
      const candidates = (typeof entry === 'string' ? [entry] : entry).map((c) => this.found.get(c)).filter((e) => e !== undefined);
      candidates.sort((a, b) => a.order - b.order);
      if (candidates[0]) throw invalidExpression(kind, candidates[0].message);
    }
  }
}

/** Parses a document path (`a.b[2].#c`): bare names are checked against the reserved words and
 *  placeholders resolved; both problems are deferred as 'reserved' and 'undefinedName'. */
export function parsePath(cursor: TokenCursor, ctx: ExpressionContext, errors: DeferredErrors): DocPath {
  const path: PathElement[] = [parsePathName(cursor, ctx, errors)];
  for (;;) {
    if (cursor.eatPunct('.')) {
      path.push(parsePathName(cursor, ctx, errors));
    } else if (cursor.eatPunct('[')) {
      const index = cursor.peek();
      if (index.type !== 'number') cursor.fail();
      cursor.next();
      cursor.expectPunct(']');
      path.push(Number(index.text));
    } else {
      return path;
    }
  }
}

function parsePathName(cursor: TokenCursor, ctx: ExpressionContext, errors: DeferredErrors): string {
  const token = cursor.peek();
  if (token.type === 'attrName') {
    cursor.next();
    const name = ctx.resolveName(token.text);
    if (name === undefined) {
      errors.add('undefinedName', `An expression attribute name used in the document path is not defined; attribute name: ${token.text}`);
    }
    return name ?? token.text;
  }
  if (!cursor.isIdentifier()) cursor.fail();
  cursor.next();
  if (isReservedWord(token.text)) errors.add('reserved', `Attribute name is a reserved keyword; reserved keyword: ${token.text}`);
  return token.text;
}

/** Resolves the `:value` token at the cursor; an undefined one is deferred as 'undefinedValue'. */
export function parseValue(cursor: TokenCursor, ctx: ExpressionContext, errors: DeferredErrors): { name: string; value?: AttributeValue } {
  const token = cursor.peek();
  if (token.type !== 'attrValue') cursor.fail();
  cursor.next();
  const value = ctx.resolveValue(token.text);
  if (value === undefined) {
    errors.add('undefinedValue', `An expression attribute value used in expression is not defined; attribute value: ${token.text}`);
  }
  return value === undefined ? { name: token.text } : { name: token.text, value };
}
