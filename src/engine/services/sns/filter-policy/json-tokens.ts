// Reads a filter policy's JSON into tokens with their positions, refusing bad JSON with the words and
// positions of Jackson (the Java parser behind SNS), which SNS reports after "failed to parse JSON.".
import { PolicyError } from './types';

export type TokenType = '{' | '}' | '[' | ']' | 'name' | 'string' | 'number' | 'true' | 'false' | 'null';

/** One token: `start`/`end` are offsets (end exclusive); `text` is a string's decoded value or a number's digits. */
export interface Token {
  type: TokenType;
  start: number;
  end: number;
  text: string;
}

/** How Jackson describes a character in a message: `'x' (code 120)`, or `(CTRL-CHAR, code 10)`. */
export function charDescription(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code < 32 || (code >= 127 && code < 160)) return `(CTRL-CHAR, code ${code})`;
  if (code > 255) return `'${char}' (code ${code} / 0x${code.toString(16)})`;
  return `'${char}' (code ${code})`;
}

const WHITESPACE = new Set([' ', '\t', '\r', '\n']);
const VALID_VALUES = "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')";

/**
 * Tokenizes the first JSON value of `source`. As Jackson's tree reader, it stops there: whatever
 * follows the value is not read. A syntax error throws PolicyError('syntax') at Jackson's position:
 * the offending character itself, or the end of an unrecognized word.
 */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (reason: string, offset: number): never => {
    throw new PolicyError('syntax', reason, offset);
  };
  const skip = () => {
    while (i < source.length && WHITESPACE.has(source[i]!)) i++;
  };
  const unexpected = (expecting: string): never => fail(`Unexpected character (${charDescription(source[i]!)}): ${expecting}`, i);
  const endOfInput = (kind: 'OBJECT' | 'ARRAY', open: number): never => {
    const start = lineAndColumn(source, open);
    return fail(`Unexpected end-of-input: expected close marker for ${kind} (start marker at ${locationText(start.line, start.column)})`, source.length);
  };

  function string(type: 'name' | 'string'): void {
    const start = i++;
    let text = '';
    for (;;) {
      if (i >= source.length) fail('Unexpected end-of-input: was expecting closing quote for a string value', source.length);
      const c = source[i]!;
      if (c === '"') break;
      if (c.charCodeAt(0) < 32) fail(`Illegal unquoted character (${charDescription(c)}): has to be escaped using backslash to be included in string value`, i);
      if (c !== '\\') {
        text += c;
        i++;
        continue;
      }
      const e = source[++i];
      if (e === undefined) fail('Unexpected end-of-input in character escape sequence', source.length);
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (e! in simple) {
        text += simple[e!];
        i++;
      } else if (e === 'u') {
        let code = 0;
        for (let k = 1; k <= 4; k++) {
          const h = source[i + k];
          if (h === undefined) fail('Unexpected end-of-input in character escape sequence', source.length);
          if (!/[0-9a-fA-F]/.test(h!)) fail(`Unexpected character (${charDescription(h!)}): expected a hex-digit for character escape sequence`, i + k);
          code = code * 16 + parseInt(h!, 16);
        }
        text += String.fromCharCode(code);
        i += 5;
      } else {
        fail(`Unrecognized character escape ${charDescription(e!)}`, i);
      }
    }
    i++;
    tokens.push({ type, start, end: i, text });
  }

  function number(): void {
    const start = i;
    if (source[i] === '-') i++;
    if (!/[0-9]/.test(source[i] ?? '')) {
      if (i >= source.length) fail('Unexpected end-of-input in a Number value', i);
      fail(`Unexpected character (${charDescription(source[i]!)}) in numeric value: expected digit (0-9) to follow minus sign, for valid numeric value`, i);
    }
    if (source[i] === '0' && /[0-9]/.test(source[i + 1] ?? '')) fail('Invalid numeric value: Leading zeroes not allowed', i + 1);
    while (/[0-9]/.test(source[i] ?? '')) i++;
    if (source[i] === '.') {
      i++;
      if (!/[0-9]/.test(source[i] ?? '')) fail(`Unexpected character (${charDescription(source[i] ?? ' ')}) in numeric value: Decimal point not followed by a digit`, i);
      while (/[0-9]/.test(source[i] ?? '')) i++;
    }
    if (source[i] === 'e' || source[i] === 'E') {
      i++;
      if (source[i] === '+' || source[i] === '-') i++;
      if (!/[0-9]/.test(source[i] ?? '')) fail(`Unexpected character (${charDescription(source[i] ?? ' ')}) in numeric value: Exponent indicator not followed by a digit`, i);
      while (/[0-9]/.test(source[i] ?? '')) i++;
    }
    tokens.push({ type: 'number', start, end: i, text: source.slice(start, i) });
  }

  function word(): void {
    const start = i;
    while (i < source.length && /[\p{L}\p{N}_$]/u.test(source[i]!)) i++;
    const text = source.slice(start, i);
    if (text === 'true' || text === 'false' || text === 'null') tokens.push({ type: text, start, end: i, text });
    else fail(`Unrecognized token '${text}': was expecting ${VALID_VALUES}`, i);
  }

  function value(): void {
    skip();
    if (i >= source.length) fail(tokens.length === 0 ? 'No content to map due to end-of-input' : 'Unexpected end-of-input: expected a value', source.length);
    const c = source[i]!;
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string('string');
    if (c === '-' || /[0-9]/.test(c)) return number();
    if (/[\p{L}_$]/u.test(c)) return word();
    if ('}],:'.includes(c)) return unexpected('expected a value');
    return unexpected(`expected a valid value ${VALID_VALUES}`);
  }

  function object(): void {
    const open = i;
    tokens.push({ type: '{', start: i, end: ++i, text: '{' });
    skip();
    if (source[i] === '}') {
      tokens.push({ type: '}', start: i, end: ++i, text: '}' });
      return;
    }
    for (;;) {
      skip();
      if (i >= source.length) endOfInput('OBJECT', open);
      if (source[i] !== '"') unexpected('was expecting double-quote to start field name');
      string('name');
      skip();
      if (i >= source.length) endOfInput('OBJECT', open);
      if (source[i] !== ':') unexpected('was expecting a colon to separate field name and value');
      i++;
      value();
      skip();
      if (i >= source.length) endOfInput('OBJECT', open);
      if (source[i] === '}') break;
      if (source[i] !== ',') unexpected('was expecting comma to separate Object entries');
      i++;
    }
    tokens.push({ type: '}', start: i, end: ++i, text: '}' });
  }

  function array(): void {
    const open = i;
    tokens.push({ type: '[', start: i, end: ++i, text: '[' });
    skip();
    if (source[i] === ']') {
      tokens.push({ type: ']', start: i, end: ++i, text: ']' });
      return;
    }
    for (;;) {
      if (i >= source.length) endOfInput('ARRAY', open);
      value();
      skip();
      if (i >= source.length) endOfInput('ARRAY', open);
      if (source[i] === ']') break;
      if (source[i] !== ',') unexpected('was expecting comma to separate Array entries');
      i++;
      skip();
    }
    tokens.push({ type: ']', start: i, end: ++i, text: ']' });
  }

  value();
  return tokens;
}

/** Jackson's location text; SNS's parser leaves the source out of it (Jackson 2.16's default). */
export function locationText(line: number, column: number): string {
  return `[Source: REDACTED (\`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION\` disabled); line: ${line}, column: ${column}]`;
}

/** 1-based line and column of an offset, counting lines as Jackson does (`\n`, `\r\n` or a lone `\r`). */
export function lineAndColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < source.length; k++) {
    const c = source[k];
    if (c === '\n' || (c === '\r' && source[k + 1] !== '\n')) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
