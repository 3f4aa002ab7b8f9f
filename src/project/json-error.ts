// Finds where JSON text goes wrong, as a line and column with a reason, because JSON.parse's
// messages differ between browsers and not all of them say where.

export interface JsonProblem {
  line: number;
  column: number;
  reason: string;
}

class Stop extends Error {
  constructor(readonly at: number, readonly reason: string) {
    super(reason);
  }
}

function scan(text: string): void {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const found = () => (i >= text.length ? 'found the end of the text' : `found '${text[i]}'`);
  const string = () => {
    i++;
    for (;;) {
      if (i >= text.length) throw new Stop(i, 'a string is not closed with "');
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c < ' ') throw new Stop(i, 'a line break or control character inside a string (write \\n instead)');
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !'"\\/bfnrt'.includes(next ?? 'x')) {
          throw new Stop(i, 'an invalid escape sequence in a string');
        }
        i += next === 'u' ? 6 : 2;
      } else i++;
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') throw new Stop(i, `expected a property name in double quotes, ${found()}`);
        string();
        space();
        if (text[i] !== ':') throw new Stop(i, `expected ':' after a property name, ${found()}`);
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else throw new Stop(i, `expected ',' or '}' after a property value, ${found()}`);
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else throw new Stop(i, `expected ',' or ']' after a list item, ${found()}`);
      }
    }
    if (c === '"') return string();
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (literal) return void (i += literal[0].length);
    throw new Stop(i, `expected a value, ${found()}`);
  };
  value();
  space();
  if (i < text.length) throw new Stop(i, `more text after the end of the JSON: ${found()}`);
}

/** Where and why `text` is not JSON, or undefined if it is. */
export function findJsonProblem(text: string): JsonProblem | undefined {
  let at: number;
  let reason: string;
  try {
    scan(text);
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) return { line: 1, column: 1, reason: 'it is nested too deeply to read' };
    ({ at, reason } = error);
  }
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n'), reason };
}
