// Translated sentences that carry `code` in backticks, *bold* parts and [[Key]] keyboard keys, so a
// translation can move them where its word order wants them; names put into such a sentence go through literal().

/** A value (a name someone typed) put into a rich message as plain text, its marks escaped. */
export function literal(value: string): string {
  return value.replace(/[\\`*[]/g, '\\$&');
}

/** One run of a rich message. */
export interface RichPart {
  kind: 'text' | 'code' | 'bold' | 'key';
  text: string;
}

/** Splits a message into plain, code, bold and key runs; a backslash keeps the next character as it is. */
export function richParts(message: string): RichPart[] {
  const parts: RichPart[] = [];
  // Widened: flush() changes it, which narrowing inside the loop cannot see.
  let kind = 'text' as RichPart['kind'];
  let text = '';
  const flush = (next: RichPart['kind']) => {
    if (text) parts.push({ kind, text });
    text = '';
    kind = next;
  };
  for (let i = 0; i < message.length; i++) {
    const c = message[i]!;
    const keyEnd = kind === 'text' && message.startsWith('[[', i) ? message.indexOf(']]', i + 2) : -1;
    if (c === '\\' && i + 1 < message.length) text += message[++i];
    else if (keyEnd > i + 2) {
      flush('key');
      text = message.slice(i + 2, keyEnd);
      flush('text');
      i = keyEnd + 1;
    } else if (c === '`' && kind !== 'bold') flush(kind === 'code' ? 'text' : 'code');
    else if (c === '*' && kind !== 'code') flush(kind === 'bold' ? 'text' : 'bold');
    else text += c;
  }
  flush('text');
  return parts;
}
