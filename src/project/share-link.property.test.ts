// Properties of share links over generated projects: every project comes back exactly as it went
// in, and a link cut short or with any one character changed, added or removed opens nothing and
// says why (cut off, damaged, or not a link at all).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RUNTIMES } from '../engine/lambda/types';
import { RESERVED_ENV_KEYS } from '../engine/lambda/validation';
import { runs } from '../engine/testing/property-runs';
import { decodeShareLink, encodeShareLink } from './share-link';
import { fullProject } from './test-samples';
import { PROJECT_FORMAT, PROJECT_VERSION, type ProjectDoc, type ProjectFunction } from './types';

/** Any text: every code point, lone surrogates included, as pasted code and JSON may hold. */
const anyText = (maxLength: number) => fc.oneof(fc.string({ unit: 'binary', maxLength }), fc.string({ unit: 'grapheme', maxLength }));
/** Keys a JavaScript object treats specially, which a document must still keep as plain data. */
const trickyKey = fc.constantFrom('constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf');
const filePath = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9_-]{0,7}(\/[a-z0-9_ .-]{1,8}){0,2}\.(mjs|js|ts|cjs|json|txt)$/),
  fc.constantFrom('index.mjs', 'src/app.ts', 'lib/데이터.js', 'a b/c d.mjs'),
  trickyKey,
).filter((p) => p.split('/').every((part) => part !== '..' && part !== '.' && part !== ''));
const files = (min: number) => fc.dictionary(filePath, anyText(200), { minKeys: min, maxKeys: 3 });
const envKey = fc.oneof(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{1,12}$/), trickyKey).filter((k) => !RESERVED_ENV_KEYS.includes(k));

// Built once: arbitraries made inside `chain` would be rebuilt (regular expressions parsed) for every case.
const testEvents = fc.uniqueArray(fc.record({ name: fc.stringMatching(/^[A-Za-z0-9._-]{1,25}$/), json: anyText(80) }), { maxLength: 3, selector: (e) => e.name });
const runtime = fc.constantFrom(...RUNTIMES);
const environment = fc.dictionary(envKey, anyText(20), { maxKeys: 4 });
const description = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((d) => d.length <= 256);

const projectFunction = (name: string): fc.Arbitrary<ProjectFunction> =>
  fc.record(
    {
      name: fc.constant(name),
      runtime,
      handler: fc.constantFrom('index.handler', 'src/app.handler', 'a.b'),
      memorySize: fc.integer({ min: 128, max: 10240 }),
      timeout: fc.integer({ min: 1, max: 900 }),
      environment,
      description,
      reservedConcurrency: fc.integer({ min: 0, max: 1000 }),
      files: files(1),
      testEvents,
      draft: files(0),
      activeFile: filePath,
    },
    { requiredKeys: ['name', 'runtime', 'handler', 'memorySize', 'timeout', 'environment', 'files', 'testEvents'] },
  );

/** A valid project: up to four functions with any text in their code, events and settings, sometimes with every other part. */
export const projectArb: fc.Arbitrary<ProjectDoc> = fc
  .record({
    name: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((n) => n.length >= 1 && n.length <= 128),
    names: fc.uniqueArray(fc.stringMatching(/^[a-zA-Z0-9_-]{1,64}$/), { maxLength: 4 }),
    site: files(0),
    withEverything: fc.boolean(),
  })
  .chain(({ name, names, site, withEverything }) =>
    fc.tuple(...names.map(projectFunction)).map((functions): ProjectDoc => {
      const base = withEverything ? fullProject() : undefined;
      return {
        ...(base ?? {}),
        format: PROJECT_FORMAT, version: PROJECT_VERSION, name,
        functions: [...(base?.functions.filter((f) => !names.includes(f.name)) ?? []), ...functions],
        apis: base?.apis ?? [], savedRequests: base?.savedRequests ?? {}, site: { files: site },
      };
    }),
  );

/** One link and a change to it: an index and what happens there. */
const edit = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'insert', 'delete'),
  char: fc.oneof(
    fc.constantFrom('A', 'B', 'a', 'z', '0', '9', '-', '_', '.', '#', ' ', '%', '+', '/', '=', 'é', '\u{1F600}'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
});

function applyEdit(link: string, e: { at: number; kind: string; char: string }): string {
  const at = e.at % (link.length + (e.kind === 'insert' ? 1 : 0));
  if (e.kind === 'insert') return link.slice(0, at) + e.char + link.slice(at);
  if (e.kind === 'delete') return link.slice(0, at) + link.slice(at + 1);
  return link.slice(0, at) + e.char + link.slice(at + 1);
}

describe('share links (properties)', () => {
  it('bring back every generated project exactly', async () => {
    await fc.assert(
      fc.asyncProperty(projectArb, async (doc) => {
        const link = await encodeShareLink(doc);
        expect(link).toMatch(/^p3\.[0-9a-z]+\.[0-9a-z]+\.[0-9a-f]{8}\.[A-Za-z0-9_-]*$/);
        expect(await decodeShareLink(link)).toEqual({ ok: true, doc: JSON.parse(JSON.stringify(doc)) });
      }),
      runs(100, 0.5),
    );
  });

  it('open nothing from a link cut short anywhere, and say it was cut off', async () => {
    await fc.assert(
      fc.asyncProperty(projectArb, fc.nat(), async (doc, n) => {
        const link = await encodeShareLink(doc);
        const cut = 1 + (n % (link.length - 1));
        const result = await decodeShareLink(link.slice(0, cut));
        expect(result).toMatchObject({ ok: false, reason: 'truncated', message: expect.stringContaining('cut off when it was copied') });
      }),
      runs(100, 0.5),
    );
  });

  it('open nothing from a link with one character changed, added or removed, and say what is wrong', async () => {
    await fc.assert(
      fc.asyncProperty(projectArb, edit, async (doc, change) => {
        const link = await encodeShareLink(doc);
        const altered = applyEdit(link, change);
        // Spaces around a link and a leading `#` are how links get pasted: ignored by design.
        fc.pre(altered.trim().replace(/^#/, '') !== link);
        const result = await decodeShareLink(altered);
        expect(result.ok, `${change.kind} ${JSON.stringify(change.char)} at ${change.at % (link.length + 1)}`).toBe(false);
        if (result.ok) return;
        expect(['corrupted', 'truncated', 'not-a-link', 'newer-format']).toContain(result.reason);
        expect(result.message).toMatch(/damaged|cut off|does not contain a Serverless Playground project|newer version/);
        // A character changed in place is never mistaken for a cut (but a last one turned into a
        // space is gone once the link is trimmed, as a cut would leave it).
        const trimmedAway = change.char.trim() === '' && change.at % link.length === link.length - 1;
        if (change.kind === 'replace' && !trimmedAway) expect(result.reason).not.toBe('truncated');
      }),
      runs(300),
    );
  });
});
