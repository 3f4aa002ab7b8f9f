// Checks what an execution environment sends back before the host uses it: the environment
// runs untrusted code, so a reply is data of unknown shape until proven otherwise.
import type { LambdaErrorPayload, LogLevel, RuntimeLogLine, TmpChange } from '../engine/lambda/runtime-protocol';
import type { SandboxInitResult, SandboxInvokeResult, TmpReport } from '../engine/ports';

const LEVELS = new Set<LogLevel>(['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL']);
const MAX_TEXT = 256 * 1024;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const finite = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
const text = (v: unknown, max = MAX_TEXT): string => (typeof v === 'string' ? v.slice(0, max) : String(v ?? '').slice(0, max));

export function toLogLine(v: unknown): RuntimeLogLine | undefined {
  if (!isObject(v) || !LEVELS.has(v.level as LogLevel)) return undefined;
  return {
    time: finite(v.time),
    requestId: typeof v.requestId === 'string' ? v.requestId.slice(0, 64) : undefined,
    level: v.level as LogLevel,
    message: text(v.message),
  };
}

function toError(v: unknown): LambdaErrorPayload {
  const e = isObject(v) ? v : {};
  return {
    errorType: text(e.errorType, 256) || 'Error',
    errorMessage: text(e.errorMessage),
    trace: Array.isArray(e.trace) ? e.trace.slice(0, 200).map((line) => text(line, 1024)) : [],
  };
}

function toTmp(v: unknown): TmpReport | undefined {
  if (!isObject(v) || !isObject(v.usage) || !Array.isArray(v.changes)) return undefined;
  const changes: TmpChange[] = [];
  for (const c of v.changes) {
    // Only paths under /tmp are the environment's to report.
    if (!isObject(c) || typeof c.path !== 'string' || !c.path.startsWith('/tmp/') || c.path.includes('/../')) continue;
    if (c.type === 'deleted' || c.type === 'dir') changes.push({ type: c.type, path: c.path });
    else if (c.type === 'file' && c.data instanceof Uint8Array) changes.push({ type: 'file', path: c.path, data: c.data, mtimeMs: finite(c.mtimeMs) });
  }
  return { usage: { bytes: finite(v.usage.bytes), files: finite(v.usage.files) }, changes };
}

export function toInitResult(v: unknown): SandboxInitResult {
  const r = isObject(v) ? v : {};
  const base = { initDurationMs: finite(r.initDurationMs) };
  return r.status === 'ok' ? { status: 'ok', ...base } : { status: 'error', error: toError(r.error), ...base };
}

export function toInvokeResult(v: unknown): SandboxInvokeResult {
  const r = isObject(v) ? v : {};
  const tmp = toTmp(r.tmp);
  const base = { durationMs: finite(r.durationMs), memoryUsedMB: finite(r.memoryUsedMB), ...(tmp ? { tmp } : {}) };
  if (r.status === 'ok' && typeof r.payload === 'string') return { status: 'ok', payload: r.payload, ...base };
  return { status: 'error', error: toError(r.error), fatal: r.status !== 'error' || r.fatal === true, ...base };
}
