// Checks what an execution environment sends back before the host uses it: the environment
// runs untrusted code, so a reply is data of unknown shape until proven otherwise.
import type { LambdaErrorPayload, LogLevel, RuntimeLogLine, TmpChange } from '../engine/lambda/runtime-protocol';
import type { SandboxInitResult, SandboxInvokeResult, TmpReport } from '../engine/ports';
import { SDK_SERVICES, type SdkCall, type SdkService } from '../engine/sdk/types';

const LEVELS = new Set<LogLevel>(['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL']);
const MAX_TEXT = 256 * 1024;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const finite = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
/** Text of an untrusted value; one that cannot become text (`{ toString: 'x' }` survives structured clone) is empty. */
function text(v: unknown, max = MAX_TEXT): string {
  if (typeof v === 'string') return v.slice(0, max);
  try {
    return String(v ?? '').slice(0, max);
  } catch {
    return '';
  }
}

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

const OPERATION = /^[A-Z][A-Za-z0-9]{0,63}$/;
const REGION = /^[a-z0-9-]{1,32}$/;

/**
 * An environment's `sdk-call`: its id and the call, or what is wrong with it (and the id to
 * answer, when it has a usable one). What the input holds is the dispatcher's to check.
 */
export function toSdkCall(v: unknown): { id: number; call: SdkCall } | { id?: number; problem: string } {
  const m = isObject(v) ? v : {};
  if (!Number.isSafeInteger(m.id) || (m.id as number) < 1) return { problem: 'the call has no valid id' };
  const id = m.id as number;
  if (!SDK_SERVICES.includes(m.service as SdkService)) return { id, problem: `unknown service ${text(m.service, 64)}` };
  if (typeof m.operation !== 'string' || !OPERATION.test(m.operation)) return { id, problem: `invalid operation ${text(m.operation, 64)}` };
  if (!isObject(m.input) || Array.isArray(m.input)) return { id, problem: 'the input must be an object' };
  if (m.region !== undefined && (typeof m.region !== 'string' || !REGION.test(m.region))) return { id, problem: 'invalid region' };
  const call: SdkCall = { service: m.service as SdkService, operation: m.operation, input: m.input };
  if (m.region !== undefined) call.region = m.region as string;
  return { id, call };
}
