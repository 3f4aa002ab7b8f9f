// The details panel of one object: its metadata (HeadObject) and a preview — images from an
// object URL of the stored Blob (revoked when the panel changes), text from the first 64 KB.
import type { Engine } from '../../engine/engine';
import type { HeadObjectOutput } from '../../engine/services/s3/api-types';
import { describeS3Error } from './s3-messages';
import { t } from '../../i18n/i18n.svelte';

/** How much of a text object the preview reads (a Range request, so a large log is not loaded whole). */
export const TEXT_PREVIEW_BYTES = 64 * 1024;

export type Preview =
  | { kind: 'none'; reason: string }
  | { kind: 'loading' }
  | { kind: 'image'; url: string }
  | { kind: 'text'; text: string; truncated: boolean };

const TEXT_TYPES = /^(text\/|application\/(json|xml|javascript|x-javascript|ecmascript|x-yaml|yaml|x-ndjson|x-sh|sql|graphql|toml)\b)|\+(json|xml)\b/;
const TEXT_EXTENSIONS = /\.(txt|md|json|ndjson|csv|tsv|js|mjs|cjs|ts|tsx|jsx|html?|css|xml|svg|ya?ml|log|ini|toml|sh|py|sql)$/i;
const IMAGE_EXTENSIONS = /\.(png|jpe?g|gif|webp|avif|bmp|ico|svg)$/i;

/**
 * What kind of preview an object gets. The content type decides; a generic type
 * (`binary/octet-stream`, what S3 stores when none was sent) falls back to the key's extension.
 */
export function previewKind(contentType: string, key: string): 'image' | 'text' | undefined {
  const type = contentType.toLowerCase();
  if (type.startsWith('image/')) return 'image';
  if (TEXT_TYPES.test(type)) return 'text';
  if (type === 'binary/octet-stream' || type === 'application/octet-stream' || type === '') {
    if (IMAGE_EXTENSIONS.test(key)) return 'image';
    if (TEXT_EXTENSIONS.test(key)) return 'text';
  }
  return undefined;
}

export class ObjectDetails {
  key = $state<string | undefined>(undefined);
  head = $state.raw<HeadObjectOutput | undefined>(undefined);
  preview = $state.raw<Preview>({ kind: 'none', reason: '' });
  error = $state('');
  #url: string | undefined;
  /** Latest wins: a slow read for an object no longer shown is dropped. */
  #token = 0;

  constructor(
    private readonly s3: Engine['s3'],
    private readonly bucket: string,
  ) {}

  async show(key: string): Promise<void> {
    const token = ++this.#token;
    this.#revoke();
    this.key = key;
    this.error = '';
    this.preview = { kind: 'loading' };
    try {
      const head = await this.s3.headObject({ Bucket: this.bucket, Key: key });
      if (token !== this.#token) return;
      this.head = head;
      const preview = await this.#preview(key, head);
      if (token !== this.#token) {
        if (preview.kind === 'image') URL.revokeObjectURL(preview.url);
        return;
      }
      if (preview.kind === 'image') this.#url = preview.url;
      this.preview = preview;
    } catch (error) {
      if (token !== this.#token) return;
      this.head = undefined;
      this.preview = { kind: 'none', reason: '' };
      this.error = describeS3Error(error);
    }
  }

  close(): void {
    this.#token++;
    this.#revoke();
    this.key = undefined;
    this.head = undefined;
    this.error = '';
    this.preview = { kind: 'none', reason: '' };
  }

  async #preview(key: string, head: HeadObjectOutput): Promise<Preview> {
    const kind = previewKind(head.ContentType, key);
    if (kind === 'image') {
      const { Body } = await this.s3.getObject({ Bucket: this.bucket, Key: key });
      return { kind: 'image', url: URL.createObjectURL(Body) };
    }
    if (kind === 'text') {
      if (head.ContentLength === 0) return { kind: 'text', text: '', truncated: false };
      const { Body } = await this.s3.getObject({ Bucket: this.bucket, Key: key, Range: `bytes=0-${TEXT_PREVIEW_BYTES - 1}` });
      return { kind: 'text', text: await Body.text(), truncated: head.ContentLength > TEXT_PREVIEW_BYTES };
    }
    return { kind: 'none', reason: t('buckets.noPreview', head.ContentType) };
  }

  #revoke(): void {
    if (this.#url) URL.revokeObjectURL(this.#url);
    this.#url = undefined;
  }
}
