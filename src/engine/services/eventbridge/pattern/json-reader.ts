// A streaming JSON reader that behaves like Jackson's, the parser EventBridge's pattern compiler
// (aws/event-ruler's JsonRuleCompiler) reads patterns with: same tokens, same lazy strings, same
// "current location" and the same error words, so pattern errors say `at [Source: …; line, column]`
// exactly where EventBridge says it.

export type Token =
  | 'START_OBJECT' | 'END_OBJECT' | 'START_ARRAY' | 'END_ARRAY' | 'FIELD_NAME'
  | 'VALUE_STRING' | 'VALUE_NUMBER_INT' | 'VALUE_NUMBER_FLOAT' | 'VALUE_TRUE' | 'VALUE_FALSE' | 'VALUE_NULL';

/** Jackson's JsonParseException: the message already ends with `\n at [Source: …]`. */
export class JsonParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JsonParseError';
  }
}

interface Context {
  type: 'root' | 'object' | 'array';
  entries: number;
  /** Where its `{` or `[` is, 1-based. */
  line: number;
  column: number;
}

const VALID_TOKENS = "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')";
/** Jackson reads an unrecognized token while it looks like a Java identifier, up to 256 characters. */
const IDENTIFIER_PART = /[\p{L}\p{N}_$\p{Mn}\p{Mc}\p{Pc}]/u;
/** Jackson (2.13+) shows at most 500 characters of the source in a location. */
const MAX_SOURCE = 500;

const describeChar = (c: string) => {
  const code = c.codePointAt(0)!;
  if (code < 32) return `(CTRL-CHAR, code ${code})`;
  if (code > 255) return `('${c}' (code ${code} / 0x${code.toString(16)}))`;
  return `('${c}' (code ${code}))`;
};

export class JsonReader {
  #ptr = 0;
  #line = 1;
  #lineStart = 0;
  #stack: Context[] = [{ type: 'root', entries: 0, line: 1, column: 1 }];
  /** The value token read with a field name, handed out by the next call (Jackson's `_nextToken`). */
  #pending: Token | undefined;
  /** A string token whose text is not read yet (Jackson's `_tokenIncomplete`). */
  #incomplete = false;
  #text = '';
  #name = '';
  #token: Token | null = null;

  constructor(private readonly source: string) {}

  get currentName(): string {
    return this.#name;
  }

  /** `[Source: (String)"…"; line: 1, column: 12]`: the position of the next character to read. */
  location(line = this.#line, column = this.#ptr - this.#lineStart + 1): string {
    const shown = this.source.length > MAX_SOURCE ? `${this.source.slice(0, MAX_SOURCE)}"[truncated ${this.source.length - MAX_SOURCE} chars]` : `${this.source}"`;
    return `[Source: (String)"${shown}; line: ${line}, column: ${column}]`;
  }

  /** Throws as Jackson does: the message, then where. */
  fail(message: string): never {
    throw new JsonParseError(`${message}\n at ${this.location()}`);
  }

  #unexpected(c: string, comment: string): never {
    this.fail(`Unexpected character ${describeChar(c)}: ${comment}`);
  }

  #peek(): string | undefined {
    return this.source[this.#ptr];
  }

  /** Skips whitespace (counting lines); the next character, consumed, or undefined at the end. */
  #skipSpace(): string | undefined {
    for (;;) {
      const c = this.source[this.#ptr++];
      if (c === undefined) {
        this.#ptr = this.source.length;
        return undefined;
      }
      if (c === '\n' || (c === '\r' && this.source[this.#ptr] !== '\n')) {
        this.#line++;
        this.#lineStart = this.#ptr;
      } else if (c === '/') {
        this.#unexpected(c, "maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)");
      } else if (c !== ' ' && c !== '\t' && c !== '\r') return c;
    }
  }

  nextToken(): Token | null {
    if (this.#token === 'FIELD_NAME') return this.#afterName();
    if (this.#incomplete) this.#readString('string value');
    let c = this.#skipSpace();
    const context = this.#stack.at(-1)!;
    if (c === undefined) {
      if (context.type !== 'root') {
        const kind = context.type === 'object' ? 'Object' : 'Array';
        this.fail(`Unexpected end-of-input: expected close marker for ${kind} (start marker at ${this.location(context.line, context.column)})`);
      }
      return (this.#token = null);
    }
    if (c === ']' || c === '}') return this.#close(c, context);
    if (context.type !== 'root' && context.entries > 0) {
      if (c !== ',') this.#unexpected(c, `was expecting comma to separate ${context.type === 'object' ? 'Object' : 'Array'} entries`);
      c = this.#skipSpace();
      if (c === undefined) this.fail(`Unexpected end-of-input within/between ${context.type === 'object' ? 'Object' : 'Array'} entries`);
    }
    context.entries++;
    if (context.type === 'object') {
      if (c !== '"') this.#unexpected(c, 'was expecting double-quote to start field name');
      this.#name = this.#readString('name');
      c = this.#skipSpace();
      if (c !== ':') {
        if (c === undefined) this.fail('Unexpected end-of-input within/between Object entries');
        this.#unexpected(c, 'was expecting a colon to separate field name and value');
      }
      c = this.#skipSpace();
      if (c === undefined) this.fail('Unexpected end-of-input within/between Object entries');
      this.#pending = this.#value(c, true);
      return (this.#token = 'FIELD_NAME');
    }
    return (this.#token = this.#value(c, false));
  }

  /** The current token's text: a string's content (read now, if it was not yet), a number or literal as written. */
  getText(): string {
    if (this.#token === 'FIELD_NAME') return this.#name;
    if (this.#incomplete) this.#text = this.#readString('string value');
    return this.#text;
  }

  #afterName(): Token {
    const token = this.#pending!;
    this.#pending = undefined;
    if (token === 'START_OBJECT' || token === 'START_ARRAY') this.#open(token === 'START_OBJECT' ? 'object' : 'array');
    return (this.#token = token);
  }

  #open(type: 'object' | 'array') {
    this.#stack.push({ type, entries: 0, line: this.#line, column: this.#ptr - this.#lineStart });
  }

  #close(c: string, context: Context): Token {
    const want = context.type === 'object' ? '}' : context.type === 'array' ? ']' : undefined;
    if (c !== want) {
      const kind = context.type === 'object' ? 'Object' : context.type === 'array' ? 'Array' : 'ROOT';
      const starting = context.type === 'root' ? '' : ` (for ${kind} starting at ${this.location(context.line, context.column)})`;
      this.fail(`Unexpected close marker '${c}': expected '${want ?? ' '}'${starting}`);
    }
    this.#stack.pop();
    return (this.#token = c === '}' ? 'END_OBJECT' : 'END_ARRAY');
  }

  /** The token a value starts with; strings stay unread, numbers and literals are read whole. */
  #value(c: string, afterName: boolean): Token {
    this.#text = '';
    switch (c) {
      case '"':
        this.#incomplete = true;
        return 'VALUE_STRING';
      case '[':
      case '{':
        if (!afterName) this.#open(c === '{' ? 'object' : 'array');
        return c === '{' ? 'START_OBJECT' : 'START_ARRAY';
      case 't':
      case 'f':
      case 'n':
        return this.#literal(c === 't' ? 'true' : c === 'f' ? 'false' : 'null');
      case '}':
      case ']':
        return this.#unexpected(c, 'expected a value');
    }
    if (c === '-' || (c >= '0' && c <= '9')) return this.#number(c);
    if (IDENTIFIER_PART.test(c) && !/\p{N}/u.test(c)) return this.#invalidToken(c);
    return this.#unexpected(c, `expected a valid value ${VALID_TOKENS}`);
  }

  #invalidToken(start: string): never {
    let token = start;
    while (this.#ptr < this.source.length && token.length < 256 && IDENTIFIER_PART.test(this.source[this.#ptr]!)) token += this.source[this.#ptr++];
    this.fail(`Unrecognized token '${token}': was expecting ${VALID_TOKENS}`);
  }

  #literal(word: 'true' | 'false' | 'null'): Token {
    for (let i = 1; i < word.length; i++) {
      if (this.source[this.#ptr] !== word[i]) return this.#invalidToken(word.slice(0, i));
      this.#ptr++;
    }
    if (this.#ptr < this.source.length && IDENTIFIER_PART.test(this.source[this.#ptr]!)) this.#invalidToken(word);
    this.#text = word;
    return word === 'true' ? 'VALUE_TRUE' : word === 'false' ? 'VALUE_FALSE' : 'VALUE_NULL';
  }

  #number(first: string): Token {
    const start = this.#ptr - 1;
    const digits = () => {
      let count = 0;
      while (/[0-9]/.test(this.#peek() ?? '')) (this.#ptr++, count++);
      return count;
    };
    if (first === '-') {
      const next = this.#peek();
      if (next === undefined || !/[0-9]/.test(next)) {
        if (next !== undefined) this.#ptr++;
        this.fail(`Unexpected character ${describeChar(next ?? ' ')} in numeric value: expected digit (0-9) to follow minus sign, for valid numeric value`);
      }
      this.#ptr++;
    }
    const intStart = first === '-' ? start + 1 : start;
    digits();
    if (this.source[intStart] === '0' && this.#ptr - intStart > 1) this.fail('Invalid numeric value: Leading zeroes not allowed');
    let float = false;
    if (this.#peek() === '.') {
      this.#ptr++;
      float = true;
      if (digits() === 0) this.#unexpected(this.source[this.#ptr++] ?? ' ', 'Decimal point not followed by a digit');
    }
    if (this.#peek() === 'e' || this.#peek() === 'E') {
      this.#ptr++;
      float = true;
      if (this.#peek() === '+' || this.#peek() === '-') this.#ptr++;
      if (digits() === 0) this.#unexpected(this.source[this.#ptr++] ?? ' ', 'Exponent indicator not followed by a digit');
    }
    this.#text = this.source.slice(start, this.#ptr);
    return float ? 'VALUE_NUMBER_FLOAT' : 'VALUE_NUMBER_INT';
  }

  /** Reads a string after its opening quote, through the closing one. */
  #readString(what: 'name' | 'string value'): string {
    this.#incomplete = false;
    let out = '';
    for (;;) {
      const c = this.source[this.#ptr++];
      if (c === undefined) {
        this.#ptr = this.source.length;
        this.fail(what === 'name' ? 'Unexpected end-of-input in field name' : 'Unexpected end-of-input: was expecting closing quote for a string value');
      }
      if (c === '"') return out;
      if (c === '\\') {
        const e = this.source[this.#ptr++];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) out += simple[e];
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.source.slice(this.#ptr, this.#ptr + 4))) {
          out += String.fromCharCode(parseInt(this.source.slice(this.#ptr, this.#ptr + 4), 16));
          this.#ptr += 4;
        } else if (e === 'u') this.fail('Unexpected character in character escape sequence: expected a hex-digit for character escape sequence');
        else this.fail(`Unrecognized character escape ${e === undefined ? 'EOF' : describeChar(e).slice(1, -1)}`);
      } else if (c.charCodeAt(0) < 32) {
        this.fail(`Illegal unquoted character (${describeChar(c).slice(1, -1)}): has to be escaped using backslash to be included in ${what}`);
      } else out += c;
    }
  }
}
