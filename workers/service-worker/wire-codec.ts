// Converts between the Fetch API's Request/Response and the plain wire messages tabs exchange,
// and checks a tab's reply before it becomes a response.
import type { WireKind, WireReply, WireRequest, WireResponse } from '../../src/platform/http-wire';

/** Statuses whose responses must not have a body (the Response constructor throws otherwise). */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);
/** Connection-level headers: the browser frames a synthesized body itself. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade']);

export async function toWireRequest(request: Request, kind: WireKind): Promise<WireRequest> {
  // GET and HEAD cannot carry a body in the Fetch API; any other method gets one, maybe empty.
  const bodyless = request.method === 'GET' || request.method === 'HEAD';
  return {
    kind,
    method: request.method,
    url: request.url,
    // Iterating Headers joins repeated names with ", ", except set-cookie, which stays split.
    headers: [...request.headers],
    body: bodyless ? null : await request.arrayBuffer(),
  };
}

export function toResponse(wire: WireResponse): Response {
  const headers = new Headers();
  const noBody = NULL_BODY_STATUSES.has(wire.status);
  for (const [name, value] of wire.headers) {
    const lower = name.toLowerCase();
    if (HOP_BY_HOP.has(lower)) continue;
    // A length that does not match the body would make the response inconsistent; drop it.
    if (lower === 'content-length' && (noBody || Number(value) !== wire.body.byteLength)) continue;
    try {
      headers.append(name, value);
    } catch {
      // A name or value HTTP cannot carry (e.g. a line break) is dropped, as a proxy would.
      // Set-Cookie is dropped silently by the Response constructor itself (a forbidden header).
    }
  }
  return new Response(noBody ? null : wire.body, { status: wire.status, headers });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
// Checked by tag rather than instanceof: a buffer from another realm is still a buffer.
const isArrayBuffer = (v: unknown): v is ArrayBuffer => Object.prototype.toString.call(v) === '[object ArrayBuffer]';
const isHeaderList = (v: unknown): v is [string, string][] =>
  Array.isArray(v) && v.every((h) => Array.isArray(h) && h.length === 2 && typeof h[0] === 'string' && typeof h[1] === 'string');

/** A tab's reply if it is a well-formed WireReply, else a sentence saying what is wrong with it. */
export function toWireReply(v: unknown): WireReply | string {
  if (!isObject(v) || typeof v.handled !== 'boolean') return 'the reply is not { handled: boolean, ... }';
  if (!v.handled) return { handled: false };
  const r = v.response;
  if (!isObject(r)) return 'a handled reply has no response';
  // The Response constructor accepts 200–599 only.
  if (typeof r.status !== 'number' || !Number.isInteger(r.status) || r.status < 200 || r.status > 599) return `status ${String(r.status)} is not an integer from 200 to 599`;
  if (!isHeaderList(r.headers)) return 'headers are not a list of [name, value] strings';
  if (!isArrayBuffer(r.body)) return 'the body is not an ArrayBuffer';
  return { handled: true, response: { status: r.status, headers: r.headers, body: r.body } };
}
