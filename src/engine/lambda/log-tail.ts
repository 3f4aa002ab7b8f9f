// `LogType: Tail`: the last 4 KB of an invocation's log, base64-encoded, as Invoke returns it.

export const LOG_TAIL_BYTES = 4096;

export function encodeLogTail(lines: string[]): string {
  const bytes = new TextEncoder().encode(lines.map((l) => l + '\n').join(''));
  const tail = bytes.subarray(Math.max(0, bytes.length - LOG_TAIL_BYTES));
  let binary = '';
  for (const b of tail) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Decodes a LogResult back to text (for the UI and for tests). */
export function decodeLogTail(logResult: string): string {
  const binary = atob(logResult);
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}
