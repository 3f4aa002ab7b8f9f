// Share links: a whole project in a URL fragment, compressed, with enough framing to tell a
// link that was cut off from one that was changed.
//
// Format: `p2.<json bytes>.<payload chars>.<sha256 prefix>.<payload>`
//   p2           `p` for project, `2` the link codec's version (a higher number is a newer codec);
//   json bytes   the length of the project's UTF-8 JSON, base 36 (checked after inflating, and a cap
//                on how much inflating may produce);
//   payload chars the payload's length, base 36: a shorter payload was cut off (truncated);
//   sha256 prefix first 8 hex digits of SHA-256 of the JSON: a mismatch means changed (corrupted);
//   payload      base64url of raw DEFLATE of the JSON (DESIGN: ~29% shorter than lz-string).
// The fragment never reaches a server, so only browsers and the apps that carry links limit it.
import { base64urlToBytes, bytesToBase64url } from './base64url';
import { deflateRaw, inflateRaw, sha256Prefix } from './deflate';
import { PROJECT_LIMITS } from './limits';
import { readProject } from './migrations';
import type { ProjectDoc } from './types';

const CODEC = 2;

export type ShareLinkError = 'not-a-link' | 'truncated' | 'corrupted' | 'newer-format' | 'invalid-project';
export type DecodeResult = { ok: true; doc: ProjectDoc } | { ok: false; reason: ShareLinkError; message: string };

const MESSAGES: Record<Exclude<ShareLinkError, 'newer-format' | 'invalid-project'>, string> = {
  'not-a-link': 'This link does not contain a Serverless Playground project.',
  truncated: 'This link is incomplete — it may have been cut off when it was copied. Ask for the whole link, or for the project as a file.',
  corrupted: 'This link is damaged — some of its characters were changed, so the project in it cannot be trusted. Ask for the link again, or for the project as a file.',
};

const fail = (reason: keyof typeof MESSAGES): DecodeResult => ({ ok: false, reason, message: MESSAGES[reason] });

/** The fragment value (without `#`) that carries `doc`. */
export async function encodeShareLink(doc: ProjectDoc): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(doc));
  const payload = bytesToBase64url(await deflateRaw(json));
  return `p${CODEC}.${json.length.toString(36)}.${payload.length.toString(36)}.${await sha256Prefix(json)}.${payload}`;
}

/** Reads a fragment (with or without `#`, or a whole pasted URL) back into a checked, current project. */
export async function decodeShareLink(fragment: string): Promise<DecodeResult> {
  const value = fragment.trim().replace(/^[^#]*#/, '');
  const codec = /^p(\d+)\./.exec(value);
  if (!codec) return /^p\d*$/.test(value) && value !== '' ? fail('truncated') : fail('not-a-link');
  if (Number(codec[1]) > CODEC) {
    return { ok: false, reason: 'newer-format', message: `This link was made by a newer version of the playground (link format ${codec[1]}); this one reads up to ${CODEC}. Reload the page to get the newest playground.` };
  }
  if (Number(codec[1]) !== CODEC) return fail('not-a-link');

  const [jsonField = '', payloadField = '', check = '', payload, ...extra] = value.slice(codec[0].length).split('.');
  // A link cut inside its header: the parts after the cut are missing.
  if (payload === undefined) return fail('truncated');
  if (extra.length > 0 || !/^[0-9a-z]{1,8}$/.test(jsonField) || !/^[0-9a-z]{1,8}$/.test(payloadField) || !/^[0-9a-f]{8}$/.test(check)) return fail('corrupted');
  const jsonBytes = parseInt(jsonField, 36);
  const payloadChars = parseInt(payloadField, 36);
  if (payload.length < payloadChars) return fail('truncated');
  if (payload.length > payloadChars || jsonBytes > PROJECT_LIMITS.totalBytes * 2) return fail('corrupted');

  const compressed = base64urlToBytes(payload);
  if (!compressed) return fail('corrupted');
  let json: Uint8Array;
  try {
    json = await inflateRaw(compressed, jsonBytes);
  } catch {
    return fail('corrupted');
  }
  if (json.length !== jsonBytes || (await sha256Prefix(json)) !== check) return fail('corrupted');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return fail('corrupted');
  }
  const read = readProject(raw);
  if (read.ok) return read;
  if (read.reason === 'newer-format') return { ok: false, reason: 'newer-format', message: read.message };
  return { ok: false, reason: 'invalid-project', message: `This link holds a project the playground cannot open. ${read.message}` };
}
