// How much of a handler's console output leaves the environment. CloudWatch Logs takes events of
// at most 256 KB including 26 bytes of its own, so Lambda splits a longer line (prefix included)
// into several events of at most 262,118 bytes; and the playground's log store keeps a bounded number of events per group, so
// an environment forwards the first lines of each invocation and then counts what it drops, saying
// so in one line at the end: a million console.log calls cannot flood the page.
import type { LogLevel } from '../../src/engine/lambda/runtime-protocol';

/** The largest message of one CloudWatch Logs event: 256 KB less the 26 bytes it adds to each. */
export const LOG_EVENT_MAX_BYTES = 256 * 1024 - 26;
/** The longest prefix the runtime puts before a message: `<ISO time>\t<request id>\t<LEVEL>\t`. */
const LINE_PREFIX_BYTES = 24 + 1 + 36 + 1 + 5 + 1;
/** Lines forwarded per invocation (and for INIT); the log store keeps 20,000 per group. */
export const LOG_LINES_PER_INVOCATION = 10_000;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A message as the events Lambda would write for it: split at `maxBytes` of UTF-8, never inside a character. */
export function splitLogMessage(message: string, maxBytes = LOG_EVENT_MAX_BYTES): string[] {
  // A UTF-16 code unit is at most 3 bytes of UTF-8: short text needs no encoding to be sure.
  if (message.length * 3 <= maxBytes) return [message];
  const bytes = encoder.encode(message);
  if (bytes.length <= maxBytes) return [message];
  const parts: string[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = Math.min(start + maxBytes, bytes.length);
    // Back off continuation bytes (10xxxxxx) so a character is never cut in two.
    while (end < bytes.length && end > start && (bytes[end]! & 0xc0) === 0x80) end--;
    parts.push(decoder.decode(bytes.subarray(start, end)));
    start = end;
  }
  return parts;
}

type Emit = (level: LogLevel, message: string) => void;

/** The note that ends a phase whose output went past the limit. */
export const droppedNote = (dropped: number, kept: number) =>
  `[playground] ${dropped} more log lines of this invocation were dropped: an environment forwards the first ${kept} lines of each invocation to the log store.`;

/** Wraps `emit` with the limits above; `begin` starts a phase (INIT or one invocation), `end` writes the note if lines were dropped. */
export function createLogLimiter(emit: Emit, maxLines = LOG_LINES_PER_INVOCATION) {
  let lines = 0;
  let dropped = 0;
  return {
    emit(level: LogLevel, message: string): void {
      for (const part of splitLogMessage(message, LOG_EVENT_MAX_BYTES - LINE_PREFIX_BYTES)) {
        if (lines < maxLines) {
          lines++;
          emit(level, part);
        } else dropped++;
      }
    },
    begin(): void {
      lines = 0;
      dropped = 0;
    },
    end(): void {
      if (dropped) emit('WARN', droppedNote(dropped, maxLines));
      lines = 0;
      dropped = 0;
    },
  };
}
