// Rewrites stack traces from the bundle back to the user's own files and lines via the
// source map, and drops frames of the runtime itself, as Lambda's traces show user code.
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

/** The name the bundle is evaluated under (its `//# sourceURL`), so its frames can be found. */
export const BUNDLE_URL = '/var/task/.bundle.js';

/** The module wrapper adds one line above the bundle's first line. */
export const WRAPPER_LINE_OFFSET = 1;

const FRAME = /^(\s*at (?:async )?)(?:(.*?) \()?(.+?):(\d+):(\d+)\)?$/;

export function createStackMapper(mapJson: string | undefined) {
  // Parsed on the first trace that needs it: most environments never map one, and parsing the
  // map of a large bundle at INIT would cost every cold start.
  let map: TraceMap | undefined;
  const traceMap = () => (map ??= mapJson ? new TraceMap(mapJson) : undefined);

  function mapFrame(line: string): string | undefined {
    const m = FRAME.exec(line);
    if (!m) return undefined;
    const [, prefix, fn, file, lineText, columnText] = m;
    const map = file === BUNDLE_URL ? traceMap() : undefined;
    if (!map) return undefined;
    const position = originalPositionFor(map, {
      line: Number(lineText) - WRAPPER_LINE_OFFSET,
      column: Number(columnText) - 1,
    });
    if (position.source === null || position.line === null) return undefined;
    const location = `/var/task/${position.source.replace(/^(\.\/)+/, '')}:${position.line}:${position.column + 1}`;
    return fn ? `${prefix}${fn} (${location})` : `${prefix}${location}`;
  }

  /** The lines of a mapped stack: message lines kept, user frames mapped, other frames dropped. */
  function mapStackLines(stack: string): string[] {
    const out: string[] = [];
    for (const line of stack.split('\n')) {
      if (!FRAME.test(line)) {
        if (!/^\s*at /.test(line)) out.push(line);
        continue;
      }
      const mapped = mapFrame(line);
      if (mapped) out.push(mapped);
    }
    return out;
  }

  return {
    mapStackLines,
    mapStack: (stack: string) => mapStackLines(stack).join('\n'),
  };
}

export type StackMapper = ReturnType<typeof createStackMapper>;
