// Walks a policy's tokens the way Jackson's streaming parser does for SNS's matching engine, keeping
// the parser's position so an error says where SNS would say it is.
import type { Token } from './json-tokens';
import { PolicyError } from './types';

/**
 * Where Jackson stands once a token is read. It reads a string's text lazily, so after a string
 * token it stands just past the opening quote until the text is asked for; after a field name it
 * has already looked at the value's first character (past a number or a literal, past a bracket,
 * or just inside a string's quote). Every location in SNS's recorded errors follows from these rules.
 */
const lazyEnd = (token: Token | undefined) => (token ? (token.type === 'string' ? token.start + 1 : token.end) : 0);

export class TokenCursor {
  #index = -1;
  #position = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  /** The next token (the tokens come from valid JSON, so a walk that follows it never runs out). */
  next(): Token {
    const token = this.tokens[++this.#index];
    if (!token) throw new PolicyError('syntax', 'Unexpected end-of-input', this.#position);
    this.#position = token.type === 'name' ? lazyEnd(this.tokens[this.#index + 1]) : lazyEnd(token);
    return token;
  }

  /** The current token's text, as `getText()`: reading a string moves past its closing quote. */
  text(): string {
    const token = this.tokens[this.#index]!;
    if (token.type === 'string') this.#position = token.end;
    return token.text;
  }

  /** The parser's position: a 0-based offset in the policy text. */
  get position(): number {
    return this.#position;
  }

  /** Stops at the parser's position with SNS's reason, naming the key it was reading. */
  fail(reason: string, path: string): never {
    throw new PolicyError('rule', reason, this.#position, path);
  }
}
