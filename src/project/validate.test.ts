import { describe, expect, it } from 'vitest';
import { validateProject } from './validate';
import { fullProject, sampleFunction, smallProject } from './test-samples';

const withFunction = (overrides: Record<string, unknown>) => ({ ...smallProject(), functions: [sampleFunction(), { ...sampleFunction({ name: 'thumbnail' }), ...overrides }] });
const messageOf = (raw: unknown) => {
  const result = validateProject(raw);
  return result.ok ? 'ok' : result.message;
};

describe('validateProject', () => {
  it('accepts small and full projects unchanged', () => {
    for (const doc of [smallProject(), fullProject()]) expect(validateProject(doc)).toEqual({ ok: true, doc });
  });

  it('fills the parts a hand-written document may leave out', () => {
    const { apis: _a, savedRequests: _s, site: _site, ...bare } = smallProject();
    const result = validateProject(bare);
    expect(result).toMatchObject({ ok: true, doc: { apis: [], savedRequests: {}, site: { files: {} } } });
  });

  it('says what is wrong and where, naming the function', () => {
    expect(messageOf(withFunction({ timeout: 901 }))).toBe('functions[1] (thumbnail).timeout: must be an integer from 1 to 900');
    expect(messageOf(withFunction({ timeout: 2.5 }))).toBe('functions[1] (thumbnail).timeout: must be an integer from 1 to 900');
    expect(messageOf(withFunction({ memorySize: '128' }))).toBe('functions[1] (thumbnail).memorySize: must be an integer from 128 to 10240');
    expect(messageOf(withFunction({ runtime: 'python3.12' }))).toBe('functions[1] (thumbnail).runtime: must be one of nodejs24.x, nodejs22.x, nodejs20.x, nodejs18.x, nodejs16.x');
    expect(messageOf(withFunction({ handler: 'index handler' }))).toBe('functions[1] (thumbnail).handler: must not contain spaces');
    expect(messageOf(withFunction({ name: 'bad name' }))).toBe('functions[1] (bad name).name: must be 1 to 64 letters, digits, - or _');
    const { handler: _h, ...noHandler } = sampleFunction({ name: 'thumbnail' });
    expect(messageOf({ ...smallProject(), functions: [noHandler] })).toBe('functions[0] (thumbnail).handler: is missing');
  });

  it('names files, variables and nested items by their keys', () => {
    expect(messageOf(withFunction({ files: { '../etc/passwd': 'x' } }))).toMatch(/^functions\[1\] \(thumbnail\)\.files\["\.\.\/etc\/passwd"\]: is not a usable file path/);
    expect(messageOf(withFunction({ files: { 'a.js': 42 } }))).toBe('functions[1] (thumbnail).files["a.js"]: must be text');
    expect(messageOf(withFunction({ files: {} }))).toBe('functions[1] (thumbnail).files: must have at least one file');
    expect(messageOf(withFunction({ environment: { AWS_REGION: 'x' } }))).toMatch(/environment: uses a name Lambda reserves/);
    expect(messageOf(withFunction({ environment: { '1x': 'y' } }))).toMatch(/environment\["1x"\]: is not a usable variable name/);
    expect(messageOf(withFunction({ testEvents: [{ name: 'a b', json: '{}' }] }))).toBe(
      'functions[1] (thumbnail).testEvents[0] (a b).name: must be 1 to 25 letters, digits, dots, dashes or underscores',
    );
    const doc = fullProject();
    (doc.apis[1]!.routes[0] as { target: unknown }).target = 'hello';
    expect(messageOf(doc)).toBe('apis[1] (admin).routes[0] (GET /reports).target: must be an object with a functionName');
  });

  it('enforces the sizes that protect the app', () => {
    const many = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`f${i}.js`, '']));
    expect(messageOf(withFunction({ files: many }))).toBe('functions[1] (thumbnail).files: must have at most 200 files');
    const big = 'x'.repeat(2 * 1024 * 1024 + 1);
    expect(messageOf(withFunction({ files: { 'a.js': big } }))).toBe('functions[1] (thumbnail).files["a.js"]: is larger than the 2 MB a file may hold');
    // Multi-byte text is measured in UTF-8: 700,000 Korean syllables are 2.1 MB.
    expect(messageOf(withFunction({ files: { 'a.js': '가'.repeat(700_000) } }))).toMatch(/larger than the 2 MB/);
    const heavy = Array.from({ length: 30 }, (_, i) => sampleFunction({ name: `f${i}`, files: { 'a.js': 'x'.repeat(2_000_000) } }));
    expect(messageOf({ ...smallProject(), functions: heavy })).toMatch(/^the project: its files add up to more than 50 MB/);
  });

  it('refuses duplicates and unknown top-level parts', () => {
    expect(messageOf({ ...smallProject(), functions: [sampleFunction(), sampleFunction()] })).toBe('functions[1] (hello).name: another function already has this name');
    expect(messageOf({ ...smallProject(), widgets: [] })).toBe('widgets: is not part of a version-2 project (it may come from a newer playground)');
    const table = { name: 'notes', partitionKey: { name: 'id', type: 'S' } };
    expect(messageOf({ ...smallProject(), tables: [table, table] })).toBe('tables[1] (notes).name: another table already has this name');
    expect(messageOf({ ...smallProject(), tables: [{ ...table, name: 'no' }] })).toBe("tables[0] (no).name: must be 3 to 255 letters, digits, _ . or -");
    expect(messageOf({ ...smallProject(), name: '' })).toBe('name: must not be empty');
    expect(messageOf(null)).toBe('the project: must be an object');
  });

  it('keeps fields other parts of the app add to nested objects', () => {
    const doc = smallProject();
    const fn = { ...doc.functions[0]!, role: 'arn:aws:iam::123456789012:role/x' };
    const result = validateProject({ ...doc, functions: [fn] });
    expect(result.ok && result.doc.functions[0]).toMatchObject({ role: 'arn:aws:iam::123456789012:role/x' });
  });

  it('leaves bucket notifications to the S3 service but checks bucket names', () => {
    const doc = { ...smallProject(), buckets: [{ name: 'photos', notifications: [{ anything: true }], seedObjects: [{ key: 'a' }] }] };
    expect(validateProject(doc).ok).toBe(true);
    expect(messageOf({ ...smallProject(), buckets: [{ name: '' }] })).toBe('buckets[0].name: must not be empty');
  });
});
