import { describe, expect, it } from 'vitest';
import { base64urlToBytes, bytesToBase64url } from './base64url';
import { deflateRaw, inflateRaw, sha256Prefix } from './deflate';
import { decodeShareLink, encodeShareLink } from './share-link';
import { fullProject, sampleFunction, smallProject } from './test-samples';
import type { ProjectDoc } from './types';

/** A codec-2 link built by hand (as the playground made them before codec 3), or one the encoder never would. */
async function handMade(json: string, tweak: (parts: { jsonLen: string; payloadLen: string; check: string; payload: string }) => void = () => {}) {
  const bytes = new TextEncoder().encode(json);
  const payload = bytesToBase64url(await deflateRaw(bytes));
  const parts = { jsonLen: bytes.length.toString(36), payloadLen: payload.length.toString(36), check: await sha256Prefix(bytes), payload };
  tweak(parts);
  return `p2.${parts.jsonLen}.${parts.payloadLen}.${parts.check}.${parts.payload}`;
}

function bigProject(): ProjectDoc {
  // ~100 KB of varied code, so it does not compress to nothing.
  const files = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [
    `src/module${i}.ts`,
    Array.from({ length: 60 }, (_, line) => `export const value${i}_${line} = ${(i * 7919 + line * 104729) % 1000003} * Math.random(); // ${'abcdefghij'.repeat(line % 4)}`).join('\n'),
  ]));
  return { ...smallProject(), functions: [sampleFunction({ name: 'big', handler: 'src/module0.handler', files })] };
}

describe('share links', () => {
  it('round-trips projects with Korean text and emoji, an empty project and a ~100 KB one', async () => {
    const empty: ProjectDoc = { ...smallProject(), functions: [], selected: undefined };
    delete empty.selected;
    const big = bigProject();
    expect(JSON.stringify(big).length).toBeGreaterThan(100_000);
    for (const doc of [fullProject(), empty, big]) {
      const link = await encodeShareLink(doc);
      expect(link).toMatch(/^p3\.[0-9a-z]+\.[0-9a-z]+\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
      expect(await decodeShareLink(link)).toEqual({ ok: true, doc });
    }
    const korean = fullProject();
    expect((await decodeShareLink(await encodeShareLink(korean))).ok && korean.site.files['index.html']).toContain('상점');
  });

  it('accepts the fragment with its # or inside a whole pasted URL', async () => {
    const link = await encodeShareLink(smallProject());
    for (const input of [`#${link}`, `https://play.example/#${link}`, `  ${link}\n`]) expect((await decodeShareLink(input)).ok).toBe(true);
  });

  it('reads an older document inside a link, migrated', async () => {
    const v1 = { format: 'serverless-playground/workspace', version: 1, functions: [sampleFunction()] };
    expect(await decodeShareLink(await handMade(JSON.stringify(v1)))).toMatchObject({ ok: true, doc: { name: 'My project', version: 2 } });
  });

  it('tells a link cut off anywhere from one that was changed', async () => {
    const link = await encodeShareLink(fullProject());
    for (const cut of [link.length - 1, link.length - 200, 40, 25, 12, 3, 2]) {
      expect(await decodeShareLink(link.slice(0, cut)), `cut at ${cut}`).toMatchObject({
        ok: false, reason: 'truncated', message: expect.stringContaining('cut off when it was copied'),
      });
    }
  });

  it('rejects flipped characters as corrupted', async () => {
    const link = await encodeShareLink(fullProject());
    const at = link.length - 100;
    const flipped = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
    expect(await decodeShareLink(flipped)).toMatchObject({ ok: false, reason: 'corrupted', message: expect.stringContaining('damaged') });
    expect(await decodeShareLink(link.slice(0, at) + '*' + link.slice(at + 1))).toMatchObject({ reason: 'corrupted' });
    expect(await decodeShareLink(link + 'xyz')).toMatchObject({ reason: 'corrupted' });
  });

  it('rejects a tampered link: valid base64 and DEFLATE whose content no longer matches its checksum', async () => {
    const original = JSON.stringify(smallProject());
    const changed = original.replace('"timeout":3', '"timeout":9');
    const tampered = await handMade(changed, (parts) => {
      parts.check = ''; // filled below with the original's checksum
    });
    const originalCheck = await sha256Prefix(new TextEncoder().encode(original));
    const link = tampered.replace('..', `.${originalCheck}.`);
    expect(await decodeShareLink(link)).toMatchObject({ ok: false, reason: 'corrupted' });
    // A wrong declared size is caught too.
    expect(await decodeShareLink(await handMade(original, (p) => { p.jsonLen = (Number.parseInt(p.jsonLen, 36) - 1).toString(36); }))).toMatchObject({ reason: 'corrupted' });
  });

  it('names newer formats, garbage and projects with problems', async () => {
    expect(await decodeShareLink('p4.abc.def.01234567.AAAA')).toMatchObject({ ok: false, reason: 'newer-format', message: expect.stringContaining('(link format 4); this one reads up to 3') });
    const newerDoc = await handMade(JSON.stringify({ ...smallProject(), version: 3 }));
    expect(await decodeShareLink(newerDoc)).toMatchObject({ ok: false, reason: 'newer-format', message: expect.stringContaining('(format 3)') });
    for (const garbage of ['', 'hello', 'https://example.com/page', '#section-2', 'x2.abc', '%%%']) {
      expect(await decodeShareLink(garbage), garbage).toMatchObject({ ok: false, reason: 'not-a-link', message: 'This link does not contain a Serverless Playground project.' });
    }
    expect(await decodeShareLink(await handMade('{"not": "json"'))).toMatchObject({ reason: 'corrupted' });
    const invalid = await handMade(JSON.stringify({ ...smallProject(), functions: [sampleFunction({ timeout: 0 })] }));
    expect(await decodeShareLink(invalid)).toEqual({
      ok: false, reason: 'invalid-project',
      message: 'This link holds a project the playground cannot open. This project has a problem: functions[0] (hello).timeout: must be an integer from 1 to 900.',
      detail: { code: 'invalidProject', values: { problem: 'This project has a problem: functions[0] (hello).timeout: must be an integer from 1 to 900.' } },
    });
  });

  it('still opens codec-2 links made before codec 3', async () => {
    const doc = fullProject();
    expect(await decodeShareLink(await handMade(JSON.stringify(doc)))).toEqual({ ok: true, doc });
  });

  // Found by share-link.property.test.ts: changes that leave the JSON as it was used to open.
  it('rejects a change to the unused bits of the last base64 digit or to DEFLATE\'s final padding', async () => {
    const link = await encodeShareLink(fullProject());
    const at = link.lastIndexOf('.') + 1;
    const payload = link.slice(at);
    const bytes = base64urlToBytes(payload)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const unusedBits = (payload.length * 6) % 8;
    if (unusedBits > 0) {
      const last = alphabet.indexOf(payload.at(-1)!);
      const sameBytes = payload.slice(0, -1) + alphabet[last ^ 1]!;
      expect(base64urlToBytes(sameBytes)).toEqual(bytes);
      expect(await decodeShareLink(link.slice(0, at) + sameBytes)).toMatchObject({ ok: false, reason: 'corrupted' });
    }
    // Setting a high bit of the last byte that the inflater never reads.
    const json = new TextEncoder().encode(JSON.stringify(fullProject()));
    let padding = 0;
    for (let bit = 7; bit >= 0; bit--) {
      const padded = bytes.slice();
      if (padded[padded.length - 1]! & (1 << bit)) continue;
      padded[padded.length - 1]! |= 1 << bit;
      const inflated = await inflateRaw(padded, json.length).catch(() => undefined);
      if (!inflated || inflated.length !== json.length || inflated.some((b, i) => b !== json[i])) break;
      expect(await decodeShareLink(link.slice(0, at) + bytesToBase64url(padded))).toMatchObject({ ok: false, reason: 'corrupted' });
      padding++;
    }
    expect(padding).toBeGreaterThan(0);
  });

  it('names a changed header as damaged, not cut off, and refuses fields the encoder would not write', async () => {
    const link = await encodeShareLink(smallProject());
    const [codec, jsonLen, payloadLen, check, payload] = link.split('.');
    const longer = (Number.parseInt(payloadLen!, 36) + 1).toString(36);
    expect(await decodeShareLink([codec, jsonLen, longer, check, payload].join('.'))).toMatchObject({ reason: 'corrupted' });
    expect(await decodeShareLink([codec, `0${jsonLen}`, payloadLen, check, payload].join('.'))).toMatchObject({ reason: 'corrupted' });
    expect(await decodeShareLink([codec, jsonLen, payloadLen, check].join('.') + `x${payload}`)).toMatchObject({ reason: 'corrupted' });
    expect(await decodeShareLink(`p03${link.slice(2)}`)).toMatchObject({ reason: 'corrupted' });
  });

  // Found by share-link.property.test.ts: the schema's records dropped these keys, so a file named
  // `constructor` was lost on loading (or the whole function refused for having no file left).
  it('keeps files and variables named constructor or prototype, and refuses __proto__ by name', async () => {
    const doc = { ...smallProject(), functions: [sampleFunction({ files: { constructor: 'x', 'index.mjs': 'y' }, environment: { prototype: '1', constructor: '2' } })], site: { files: { prototype: '<p>' } } };
    expect(await decodeShareLink(await encodeShareLink(doc))).toEqual({ ok: true, doc });
    const proto = JSON.stringify(smallProject()).replace('"index.mjs"', '"__proto__"');
    expect(await decodeShareLink(await handMade(proto))).toMatchObject({
      ok: false, reason: 'invalid-project', message: expect.stringContaining('functions[0] (hello).files.__proto__: is a name the playground cannot keep (__proto__); rename it'),
    });
  });
});
