// A JSON parser that keeps where every value sits in the text, so policy problems can point at a line and column.

/** Where a value starts and ends in the source text (offsets in UTF-16 code units). */
export interface Span {
  start: number;
  end: number;
}

/** A key of an object, with where the key itself is written. */
export interface JsonEntry {
  key: string;
  keySpan: Span;
  value: JsonNode;
}

/** A parsed JSON value that remembers its position. Objects keep duplicate keys, in order. */
export type JsonNode =
  | ({ kind: 'object'; entries: JsonEntry[] } & Span)
  | ({ kind: 'array'; items: JsonNode[] } & Span)
  | ({ kind: 'string'; value: string } & Span)
  | ({ kind: 'number'; value: number } & Span)
  | ({ kind: 'boolean'; value: boolean } & Span)
  | ({ kind: 'null' } & Span);

/** 1-based line and column, as editors count them. */
export interface Location {
  line: number;
  column: number;
}

/**
 * A JSON syntax error with its place. Engines word `JSON.parse` errors differently (V8 in Node 20
 * gives only a position; newer ones add line and column), so the playground parses by itself.
 */
export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly location: Location,
  ) {
    super(`${message} (line ${location.line}, column ${location.column})`);
    this.name = 'JsonSyntaxError';
  }
}

/** The line and column of an offset. */
export function locate(text: string, offset: number): Location {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Parses JSON text (RFC 8259, nothing more: no comments, no trailing commas). */
export function parseJsonSource(text: string): JsonNode {
  let pos = 0;
  const fail = (message: string, at = pos): never => {
    throw new JsonSyntaxError(message, at, locate(text, at));
  };
  const describe = (at: number) => (at >= text.length ? 'the end of the text' : `'${text[at]}'`);
  const skip = () => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos]!)) pos++;
  };

  function string(): JsonNode & { kind: 'string' } {
    const start = pos++;
    let value = '';
    for (;;) {
      if (pos >= text.length) fail('Unterminated string', start);
      const c = text[pos]!;
      if (c === '"') break;
      if (c.charCodeAt(0) < 0x20) fail('Control characters must be escaped in a string');
      if (c === '\\') {
        const e = text[pos + 1] ?? '';
        if (e === 'u') {
          const code = text.slice(pos + 2, pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(code)) fail('Bad \\u escape in a string');
          value += String.fromCharCode(parseInt(code, 16));
          pos += 6;
          continue;
        }
        if (!(e in ESCAPES)) fail(`Bad escape \\${e} in a string`);
        value += ESCAPES[e];
        pos += 2;
        continue;
      }
      value += c;
      pos++;
    }
    pos++;
    return { kind: 'string', value, start, end: pos };
  }

  function value(): JsonNode {
    skip();
    const start = pos;
    const c = text[pos];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    for (const [word, node] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return node === null ? { kind: 'null', start, end: pos } : { kind: 'boolean', value: node, start, end: pos };
      }
    }
    NUMBER.lastIndex = pos;
    const number = NUMBER.exec(text);
    if (number && number[0] !== '-') {
      pos += number[0].length;
      return { kind: 'number', value: Number(number[0]), start, end: pos };
    }
    return fail(pos >= text.length ? 'Unexpected end of the JSON text; a value is missing' : `Unexpected ${describe(pos)}; expected a value`);
  }

  function object(): JsonNode {
    const start = pos++;
    const entries: JsonEntry[] = [];
    skip();
    if (text[pos] === '}') {
      pos++;
      return { kind: 'object', entries, start, end: pos };
    }
    for (;;) {
      skip();
      if (text[pos] !== '"') fail(text[pos] === '}' ? 'Trailing comma before }' : `Expected a property name in double quotes, found ${describe(pos)}`);
      const key = string();
      skip();
      if (text[pos] !== ':') fail(`Expected ':' after the property name "${key.value}"`);
      pos++;
      entries.push({ key: key.value, keySpan: { start: key.start, end: key.end }, value: value() });
      skip();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text[pos] === '}') break;
      fail(`Expected ',' or '}' after a property value, found ${describe(pos)}`);
    }
    pos++;
    return { kind: 'object', entries, start, end: pos };
  }

  function array(): JsonNode {
    const start = pos++;
    const items: JsonNode[] = [];
    skip();
    if (text[pos] === ']') {
      pos++;
      return { kind: 'array', items, start, end: pos };
    }
    for (;;) {
      skip();
      if (text[pos] === ']') fail('Trailing comma before ]');
      items.push(value());
      skip();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text[pos] === ']') break;
      fail(`Expected ',' or ']' after a list item, found ${describe(pos)}`);
    }
    pos++;
    return { kind: 'array', items, start, end: pos };
  }

  const root = value();
  skip();
  if (pos < text.length) fail(`Unexpected ${describe(pos)} after the end of the JSON value`);
  return root;
}

/** The plain JavaScript value of a node (the last of duplicate keys wins, as in `JSON.parse`). */
export function toPlain(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.entries.map((e) => [e.key, toPlain(e.value)]));
    case 'array':
      return node.items.map(toPlain);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

/**
 * A node for a value that never was text (a document built in code, or read from a project):
 * every span is empty, so problems about it carry a path but no line and column.
 */
export function fromPlain(value: unknown): JsonNode {
  const at = { start: 0, end: 0 };
  if (value === null || value === undefined) return { kind: 'null', ...at };
  if (Array.isArray(value)) return { kind: 'array', items: value.map(fromPlain), ...at };
  switch (typeof value) {
    case 'string':
      return { kind: 'string', value, ...at };
    case 'number':
      return { kind: 'number', value, ...at };
    case 'boolean':
      return { kind: 'boolean', value, ...at };
    case 'object':
      return { kind: 'object', entries: Object.entries(value).map(([key, v]) => ({ key, keySpan: at, value: fromPlain(v) })), ...at };
    default:
      return { kind: 'null', ...at };
  }
}
