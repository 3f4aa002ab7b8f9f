// The metadata S3 keeps for a new object, from the headers of the request that writes it.
import type { ObjectMeta } from '../../ports';
import type { ObjectHeaders } from './api-types';
import { etagOf } from './body';
import { invalidArgument, metadataTooLarge } from './errors';
import { utf8Length } from './object-key';

/** What S3 stores as Content-Type when the request sends none (not `application/octet-stream`). */
export const DEFAULT_CONTENT_TYPE = 'binary/octet-stream';

/** User metadata is limited to 2 KB: the UTF-8 bytes of every name and value together. */
const MAX_METADATA_BYTES = 2048;

/**
 * User metadata as S3 stores it: names lower-cased (they travel as `x-amz-meta-*` HTTP headers,
 * which are case-insensitive), values as strings.
 */
export function normaliseMetadata(metadata: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  let bytes = 0;
  for (const [name, value] of Object.entries(metadata ?? {})) {
    if (typeof value !== 'string') throw invalidArgument(`Metadata value for '${name}' must be a string.`, `x-amz-meta-${name.toLowerCase()}`);
    const lower = name.toLowerCase();
    out[lower] = value;
    bytes += utf8Length(lower) + utf8Length(value);
  }
  if (bytes > MAX_METADATA_BYTES) throw metadataTooLarge(bytes);
  return out;
}

/** The headers S3 keeps from a write, with the defaults it applies. */
export function storedHeaders(headers: ObjectHeaders): Pick<ObjectMeta, 'contentType' | 'metadata' | 'cacheControl' | 'contentDisposition' | 'contentEncoding' | 'contentLanguage'> {
  const out: ReturnType<typeof storedHeaders> = {
    contentType: headers.ContentType || DEFAULT_CONTENT_TYPE,
    metadata: normaliseMetadata(headers.Metadata),
  };
  if (headers.CacheControl !== undefined) out.cacheControl = headers.CacheControl;
  if (headers.ContentDisposition !== undefined) out.contentDisposition = headers.ContentDisposition;
  if (headers.ContentEncoding !== undefined) out.contentEncoding = headers.ContentEncoding;
  if (headers.ContentLanguage !== undefined) out.contentLanguage = headers.ContentLanguage;
  return out;
}

/** The headers a copy keeps from its source (MetadataDirective COPY). */
export function copiedHeaders(source: ObjectMeta): ReturnType<typeof storedHeaders> {
  const out: ReturnType<typeof storedHeaders> = { contentType: source.contentType, metadata: { ...source.metadata } };
  if (source.cacheControl !== undefined) out.cacheControl = source.cacheControl;
  if (source.contentDisposition !== undefined) out.contentDisposition = source.contentDisposition;
  if (source.contentEncoding !== undefined) out.contentEncoding = source.contentEncoding;
  if (source.contentLanguage !== undefined) out.contentLanguage = source.contentLanguage;
  return out;
}

/** S3 keeps Last-Modified to the second (it travels as an HTTP date; listings show `.000Z`). */
export const lastModifiedAt = (now: number) => Math.floor(now / 1000) * 1000;

/**
 * The metadata of a new object holding `body`, with its ETag computed from the bytes: from
 * `bytes` when the caller still has them (the same bytes as `body`), else read back from `body`.
 */
export async function newObjectMeta(bucket: string, key: string, body: Blob, headers: ObjectHeaders, now: number, bytes?: Uint8Array): Promise<ObjectMeta> {
  const stored = storedHeaders(headers);
  return { bucket, key, size: body.size, etag: await etagOf(bytes ?? body), lastModified: lastModifiedAt(now), ...stored };
}

/** The headers a GET or HEAD returns for an object. */
export function responseHeaders(meta: ObjectMeta): ObjectHeaders & { ContentType: string; Metadata: Record<string, string> } {
  const out: ReturnType<typeof responseHeaders> = { ContentType: meta.contentType, Metadata: { ...meta.metadata } };
  if (meta.cacheControl !== undefined) out.CacheControl = meta.cacheControl;
  if (meta.contentDisposition !== undefined) out.ContentDisposition = meta.contentDisposition;
  if (meta.contentEncoding !== undefined) out.ContentEncoding = meta.contentEncoding;
  if (meta.contentLanguage !== undefined) out.ContentLanguage = meta.contentLanguage;
  return out;
}
