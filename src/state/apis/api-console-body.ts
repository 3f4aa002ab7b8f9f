// How the console shows an HTTP body: pretty JSON, text, an image preview, or an excerpt of the bytes.
import { headerValue, toBase64 } from '../../engine/services/apigateway/request';
import { formatNumber } from '../../i18n/format';
import { t } from '../../i18n/i18n.svelte';

/** A body, ready to show. */
export type BodyView =
  | { kind: 'empty' }
  | { kind: 'json'; raw: string; pretty: string }
  | { kind: 'text'; raw: string }
  | { kind: 'image'; contentType: string; size: number; dataUrl: string }
  | { kind: 'binary'; contentType: string; size: number; hex: string; base64: string };

const EXCERPT_BYTES = 48;

/** `1.2 KB`-style sizes, as the browser's DevTools show them. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KB`;
  return `${formatNumber(bytes / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
}

function decodeStrict(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Declared binary types are never shown as text even when the bytes happen to decode. */
function declaredBinary(type: string): boolean {
  return /^(image|audio|video|font)\//.test(type) || ['application/octet-stream', 'application/pdf', 'application/zip', 'application/gzip'].includes(type);
}

/** Reads a body by its content type, falling back to sniffing JSON and UTF-8 text. */
export function describeBody(headers: readonly [string, string][], body: Uint8Array): BodyView {
  if (body.length === 0) return { kind: 'empty' };
  const contentType = (headerValue(headers, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (contentType.startsWith('image/')) {
    return { kind: 'image', contentType, size: body.length, dataUrl: `data:${contentType};base64,${toBase64(body)}` };
  }
  const text = declaredBinary(contentType) ? undefined : decodeStrict(body);
  if (text === undefined) {
    const head = body.subarray(0, EXCERPT_BYTES);
    const hex = Array.from(head, (b) => b.toString(16).padStart(2, '0')).join(' ');
    return { kind: 'binary', contentType: contentType || t('apis.noContentType'), size: body.length, hex, base64: toBase64(head) };
  }
  const pretty = prettyJson(text);
  return pretty === undefined ? { kind: 'text', raw: text } : { kind: 'json', raw: text, pretty };
}

/** Indented JSON when the text is a JSON object or array (not a bare string or number). */
export function prettyJson(text: string): string | undefined {
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return undefined;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return undefined;
  }
}

/** The class of a status code for colouring: 2xx ok, 3xx redirect, 4xx client error, 5xx server error. */
export function statusClass(status: number): 'ok' | 'redirect' | 'client-error' | 'server-error' | 'other' {
  if (status >= 200 && status < 300) return 'ok';
  if (status >= 300 && status < 400) return 'redirect';
  if (status >= 400 && status < 500) return 'client-error';
  if (status >= 500) return 'server-error';
  return 'other';
}
