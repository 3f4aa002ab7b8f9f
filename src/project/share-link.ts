// Share links: a whole project in a URL fragment, compressed, with enough framing to tell a
// link that was cut off from one that was changed.
//
// Format: `p3.<json bytes>.<payload chars>.<check>.<payload>`
//   p3           `p` for project, `3` the link codec's version (a higher number is a newer codec);
//   json bytes   the length of the project's UTF-8 JSON, base 36 (checked after inflating, and a cap
//                on how much inflating may produce);
//   payload chars the payload's length, base 36: a shorter payload was cut off (truncated);
//   check        first 8 hex digits of SHA-256 of the link without its check field
//                (`p3.<json bytes>.<payload chars>.<payload>`): a mismatch means changed (corrupted);
//   payload      base64url of raw DEFLATE of the JSON (DESIGN: ~29% shorter than lz-string).
// Codec 2 hashed the JSON instead; its links still open. Hashing the link's own text catches every
// changed character, even one in the unused low bits of the last base64 digit or in DEFLATE's final
// padding, which leave the JSON as it was. Every field must also be written as the encoder writes it
// (no leading zeros, canonical base64), so no two links carry the same project in the same codec.
// The fragment never reaches a server, so only browsers and the apps that carry links limit it.
import { base64urlToBytes, bytesToBase64url } from './base64url';
import { deflateRaw, inflateRaw, sha256Prefix } from './deflate';
import { PROJECT_LIMITS } from './limits';
import { readProject } from './migrations';
import { shareLinkDetail, type ShareLinkDetail } from './share-link-details';
import { PROJECT_VERSION } from './types';
import type { ProjectDoc } from './types';

const CODEC = 3;
/** The oldest codec this playground still reads. */
const OLDEST_CODEC = 2;

export type ShareLinkError = 'not-a-link' | 'truncated' | 'corrupted' | 'newer-format' | 'invalid-project';
/** A refusal's `message` is the English of its `detail` (a code with values, for the interface language). */
export type DecodeResult = { ok: true; doc: ProjectDoc } | { ok: false; reason: ShareLinkError; message: string; detail: ShareLinkDetail };

const DETAILS = { 'not-a-link': 'notALink', truncated: 'truncated', corrupted: 'corrupted' } as const;

const fail = (reason: keyof typeof DETAILS): DecodeResult => ({ ok: false, reason, ...shareLinkDetail(DETAILS[reason], {}) });

/** The fragment value (without `#`) that carries `doc`. */
export async function encodeShareLink(doc: ProjectDoc): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(doc));
  const payload = bytesToBase64url(await deflateRaw(json));
  const header = `p${CODEC}.${json.length.toString(36)}.${payload.length.toString(36)}`;
  return `${header}.${await linkCheck(header, payload)}.${payload}`;
}

/** Codec 3's check: the SHA-256 prefix of the link's text without its check field. */
const linkCheck = (header: string, payload: string) => sha256Prefix(new TextEncoder().encode(`${header}.${payload}`));

/** A base-36 field as the encoder writes it: no leading zeros, at most 8 digits. */
const BASE36 = /^(0|[1-9a-z][0-9a-z]{0,7})$/;

/** Reads a fragment (with or without `#`, or a whole pasted URL) back into a checked, current project. */
export async function decodeShareLink(fragment: string): Promise<DecodeResult> {
  const value = fragment.trim().replace(/^[^#]*#/, '');
  const codec = /^p(\d+)\./.exec(value);
  if (!codec) return /^p\d*$/.test(value) && value !== '' ? fail('truncated') : fail('not-a-link');
  const version = Number(codec[1]);
  if (version > CODEC && codec[1] === String(version)) {
    return { ok: false, reason: 'newer-format', ...shareLinkDetail('newerLink', { format: codec[1], supported: CODEC }) };
  }
  if (version < OLDEST_CODEC) return fail('not-a-link');
  if (codec[1] !== String(version)) return fail('corrupted');

  const [jsonField = '', payloadField = '', check = '', payload, ...extra] = value.slice(codec[0].length).split('.');
  // A link cut inside its header: the parts after the cut are missing, and what is left of each
  // field is the start of a field the encoder writes (anything else was changed, not cut).
  if (payload === undefined) {
    const start = (field: string) => field === '' || BASE36.test(field);
    return start(jsonField) && start(payloadField) && /^[0-9a-f]{0,8}$/.test(check) ? fail('truncated') : fail('corrupted');
  }
  if (extra.length > 0 || !BASE36.test(jsonField) || !BASE36.test(payloadField) || !/^[0-9a-f]{8}$/.test(check)) return fail('corrupted');
  const jsonBytes = parseInt(jsonField, 36);
  const payloadChars = parseInt(payloadField, 36);
  if (payload.length < payloadChars) {
    // A whole payload that matches the check with its real length had its declared length changed.
    const whole = version === 3 && (await linkCheck(`p3.${jsonField}.${payload.length.toString(36)}`, payload)) === check;
    return fail(whole ? 'corrupted' : 'truncated');
  }
  if (payload.length > payloadChars || jsonBytes > PROJECT_LIMITS.totalBytes * 2) return fail('corrupted');

  if (version === 3 && (await linkCheck(`p3.${jsonField}.${payloadField}`, payload)) !== check) return fail('corrupted');
  const compressed = base64urlToBytes(payload);
  // Unused bits of the last base64 digit must be zero, as the encoder leaves them.
  if (!compressed || bytesToBase64url(compressed) !== payload) return fail('corrupted');
  let json: Uint8Array;
  try {
    json = await inflateRaw(compressed, jsonBytes);
  } catch {
    return fail('corrupted');
  }
  if (json.length !== jsonBytes || (version === 2 && (await sha256Prefix(json)) !== check)) return fail('corrupted');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return fail('corrupted');
  }
  const read = readProject(raw);
  if (read.ok) return read;
  if (read.reason === 'newer-format') return { ok: false, reason: 'newer-format', ...shareLinkDetail('newerProject', { format: Number((raw as { version?: unknown }).version), supported: PROJECT_VERSION }) };
  return { ok: false, reason: 'invalid-project', ...shareLinkDetail('invalidProject', { problem: read.message }) };
}
