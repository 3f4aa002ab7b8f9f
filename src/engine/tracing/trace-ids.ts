// X-Ray identifiers and the trace header: `1-<8 hex epoch seconds>-<24 hex>` trace ids, 16-hex
// segment ids, and `Root=…;Parent=…;Sampled=…` as Lambda puts it in _X_AMZN_TRACE_ID.

const HEX = '0123456789abcdef';

/** Random lower-case hex; Math.random is enough for ids that only need to be unique in one tab. */
function randomHex(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += HEX[(Math.random() * 16) | 0];
  return out;
}

/** "The time of the original request in Unix epoch time in 8 hexadecimal digits", then 96 random bits. */
export function newTraceId(epochMs: number): string {
  return `1-${Math.floor(epochMs / 1000).toString(16).padStart(8, '0')}-${randomHex(24)}`;
}

/** A segment or subsegment id: 64 bits in 16 hexadecimal digits. */
export function newSegmentId(): string {
  return randomHex(16);
}

const TRACE_ID = /^1-[0-9a-f]{8}-[0-9a-f]{24}$/;
const SEGMENT_ID = /^[0-9a-f]{16}$/;

export const isTraceId = (id: string): boolean => TRACE_ID.test(id);

/** The parts of a trace header the playground reads and writes. */
export interface TraceHeader {
  root: string;
  parent?: string;
  sampled: boolean;
}

/** `Root=1-…;Parent=…;Sampled=1`, the format of X-Amzn-Trace-Id and AWSTraceHeader. */
export function formatTraceHeader(root: string, parent: string | undefined, sampled = true): string {
  return parent ? `Root=${root};Parent=${parent};Sampled=${sampled ? 1 : 0}` : `Root=${root};Sampled=${sampled ? 1 : 0}`;
}

/** Reads a trace header (fields in any order, unknown ones ignored); undefined without a valid Root. */
export function parseTraceHeader(header: string | undefined): TraceHeader | undefined {
  if (!header) return undefined;
  let root: string | undefined;
  let parent: string | undefined;
  let sampled = false;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const key = part.slice(0, at).trim();
    const value = part.slice(at + 1).trim();
    if (key === 'Root') root = value;
    else if (key === 'Parent') parent = value;
    else if (key === 'Sampled') sampled = value === '1';
  }
  if (!root || !isTraceId(root)) return undefined;
  return { root, ...(parent && SEGMENT_ID.test(parent) ? { parent } : {}), sampled };
}

/** The epoch milliseconds a trace id says its original request was made at (to the second). */
export const traceEpochMs = (traceId: string): number => parseInt(traceId.slice(2, 10), 16) * 1000;
