// Reading and writing zip archives of text files (fflate, ~8 KB), with the limits that keep a
// hostile or damaged archive from exhausting memory.
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** Limits on an archive being read: far above a real project, far below what hurts a tab. */
export const ZIP_LIMITS = { entries: 20_000, totalBytes: 200 * 1024 * 1024 } as const;

export type ZipRead = { ok: true; files: Map<string, Uint8Array> } | { ok: false; message: string };

/** Entries operating systems add that are never part of a project. */
const JUNK = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$)/;

/** Unzips, skipping folders and OS clutter; a damaged or oversized archive gets a message, not a throw. */
export function readZip(bytes: Uint8Array): ZipRead {
  let entries = 0;
  let total = 0;
  let tooBig = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name.endsWith('/') || JUNK.test(file.name)) return false;
        entries++;
        total += file.originalSize;
        // Sizes come from the archive's directory, before anything is inflated.
        if (entries > ZIP_LIMITS.entries || total > ZIP_LIMITS.totalBytes) tooBig = true;
        return !tooBig;
      },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `This file is damaged or is not a zip archive (${reason}).` };
  }
  if (tooBig) return { ok: false, message: 'This zip is too large to open here: more than 20,000 files or 200 MB once unpacked.' };
  return { ok: true, files: new Map(Object.entries(files)) };
}

/** Text of an entry, or undefined when it is not UTF-8 (a binary file). */
export function textOf(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** A zip of text files keyed by path, compressed with DEFLATE. */
export function writeZip(files: Record<string, string>): Uint8Array {
  const tree: Zippable = {};
  for (const [path, text] of Object.entries(files)) tree[path] = strToU8(text);
  return zipSync(tree, { level: 6 });
}

/**
 * The folder an archive's content sits in: '' when `marker` is at the root, `name/` when the archive
 * holds one folder with it (a project re-zipped after unpacking), undefined when absent.
 */
export function rootOf(files: Map<string, Uint8Array>, markers: readonly string[]): string | undefined {
  for (const marker of markers) if (files.has(marker)) return '';
  for (const marker of markers) {
    const nested = [...files.keys()].filter((path) => /^[^/]+\//.test(path) && path.endsWith(`/${marker}`) && path.split('/').length === 2);
    if (nested.length === 1) return nested[0]!.slice(0, -marker.length);
  }
  return undefined;
}
