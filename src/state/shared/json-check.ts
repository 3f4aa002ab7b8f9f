// Parses JSON and, when it is not valid, says where: line and column as an editor shows them.

export type JsonCheck =
  | { ok: true; value: unknown }
  | { ok: false; message: string; offset: number; line: number; column: number };

/** Position of an offset as 1-based line and column. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function checkJson(text: string): JsonCheck {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    // V8 names the offset ("... at position 12"); for an early end it names none.
    const position = /at position (\d+)/.exec(raw);
    const offset = position ? Number(position[1]) : text.trimEnd().length;
    const message = raw.replace(/\s*in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    return { ok: false, message: message || 'Invalid JSON', offset, ...lineColumn(text, offset) };
  }
}
