// Lambda's log line formats (Node.js runtime, text format), copied exactly from real logs.
import type { RuntimeLogLine } from '../lambda/runtime-protocol';
import { hex } from '../ids';

export const startLine = (requestId: string, version: string) =>
  `START RequestId: ${requestId} Version: ${version}`;

export const endLine = (requestId: string) => `END RequestId: ${requestId}`;

/** What a REPORT line carries. Durations in milliseconds, memory in MB. */
export interface ReportFields {
  requestId: string;
  durationMs: number;
  billedDurationMs: number;
  memorySizeMB: number;
  maxMemoryUsedMB: number;
  initDurationMs?: number;
  status?: 'timeout' | 'error';
  errorType?: string;
}

export function reportLine(r: ReportFields): string {
  let line =
    `REPORT RequestId: ${r.requestId}\tDuration: ${r.durationMs.toFixed(2)} ms\t` +
    `Billed Duration: ${r.billedDurationMs} ms\tMemory Size: ${r.memorySizeMB} MB\t` +
    `Max Memory Used: ${r.maxMemoryUsedMB} MB`;
  if (r.initDurationMs !== undefined) line += `\tInit Duration: ${r.initDurationMs.toFixed(2)} ms`;
  if (r.status) line += `\tStatus: ${r.status}`;
  if (r.errorType) line += `\tError Type: ${r.errorType}`;
  return line;
}

export function initReportLine(initDurationMs: number, status: 'error' | 'timeout', errorType?: string): string {
  let line = `INIT_REPORT Init Duration: ${initDurationMs.toFixed(2)} ms\tPhase: init\tStatus: ${status}`;
  if (errorType) line += `\tError Type: ${errorType}`;
  return line;
}

/**
 * Billing is per 1 ms, rounded up. Since August 2025 Lambda also bills the INIT phase of
 * managed runtimes, so a cold start's billed duration includes its Init Duration.
 */
export function billedDuration(durationMs: number, initDurationMs = 0): number {
  return Math.max(1, Math.ceil(durationMs + initDurationMs));
}

/** `<ISO time>\t<request id>\t<LEVEL>\t<message>`; the id reads `undefined` during INIT, as on Lambda. */
export function appLine(line: RuntimeLogLine): string {
  return `${new Date(line.time).toISOString()}\t${line.requestId ?? 'undefined'}\t${line.level}\t${line.message}`;
}

/** The timeout notice is space-separated, unlike the app lines. */
export function timeoutLine(time: number, requestId: string, timeoutSeconds: number): string {
  return `${new Date(time).toISOString()} ${requestId} Task timed out after ${timeoutSeconds.toFixed(2)} seconds`;
}

/** Log stream names look like `2026/11/21/[$LATEST]<32 hex>`, dated in UTC. */
export function logStreamName(time: number, version: string): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/[${version}]${hex(32)}`;
}

export const logGroupName = (functionName: string) => `/aws/lambda/${functionName}`;
