// Faults in the browser's storage lose nothing: a reload while a save is being written, a full
// storage quota, a tab that missed the other tab's news, a damaged record, a file from an older
// playground. In each, the person's work survives or is kept aside, and the page says what
// happened and what to do.
// (A reload inside the autosave delay is in durability.spec.ts; two tabs that hear each other, and the
// version-1 workspace in IndexedDB, are in projects.spec.ts.)
import { expect, test, type Page } from '@playwright/test';
import { openPlayground, setEditorText } from './helpers';
import { clickAndLoad, openMenu, saved } from './project-helpers';

// Each test loads the app several times, which takes a while on a busy machine.
test.describe.configure({ timeout: 300_000 });

const CODE = 'Code of index.ts';

/** The stored record of a project, read straight from IndexedDB. */
function storedRecord(page: Page, id: string) {
  return page.evaluate((id) => new Promise<{ revision: number; doc: { format: string; functions: Array<{ name: string; draft?: Record<string, string>; files: Record<string, string> }> } }>((resolve, reject) => {
    const open = indexedDB.open('serverless-playground');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('projects').objectStore('projects').get(id);
      get.onsuccess = () => { open.result.close(); resolve(get.result); };
      get.onerror = () => reject(get.error);
    };
  }), id);
}

/** Autosave has caught up; a project of a few megabytes takes its time on a busy machine. */
const savedAll = (page: Page) => expect(page.getByTestId('save-state')).toHaveText('All changes saved', { timeout: 60_000 });

test('a reload while the project is being written to IndexedDB opens the project whole, with the newest change', async ({ page }) => {
  // Counts the writes of project records as they start.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    const w = window as unknown as { projectWrites: number };
    w.projectWrites = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'projects') w.projectWrites++;
      return put.apply(this, args);
    };
  });
  await openPlayground(page);
  const id = await page.evaluate(() => window.playground.project.current().id);
  // A project of some size, so that a write takes a while.
  await page.evaluate(async () => {
    for (let i = 0; i < 4; i++) {
      await window.playground.lambda.createFunction({ FunctionName: `bulk-${i}`, Code: { Files: { 'index.mjs': `// ${'filler '.repeat(60_000)}\nexport const handler = async () => ${i};\n` } } });
    }
  });
  await savedAll(page);
  for (const [n, delayMs] of [0, 10].entries()) {
    const before = await page.evaluate(() => (window as unknown as { projectWrites: number }).projectWrites);
    await setEditorText(page, CODE, `export const handler = async () => 'edit ${n}';\n`);
    // The save has started writing: reload now, or a few milliseconds into the write.
    await page.waitForFunction((before) => (window as unknown as { projectWrites: number }).projectWrites > before, before, { polling: 'raf' });
    if (delayMs) await page.waitForTimeout(delayMs);
    await page.reload();
    await page.evaluate(() => window.playground.ready);
    await expect(page.getByRole('textbox', { name: CODE })).toContainText(`edit ${n}`);
    await expect(page.getByTestId('notice').filter({ hasText: 'could not' })).toHaveCount(0);
    expect((await page.evaluate(async () => (await window.playground.lambda.listFunctions()).Functions.length))).toBe(5);
    await savedAll(page);
    const record = await storedRecord(page, id);
    expect(record.doc.format).toBe('serverless-playground/project');
    expect(record.doc.functions).toHaveLength(5);
    expect(JSON.stringify(record.doc.functions.find((f) => f.name === 'hello-world'))).toContain(`edit ${n}`);
  }
});

test('a full storage quota: the person is told what happened and what to do, the work stays open, and it is saved once there is room', async ({ page }) => {
  // While `storageFull` is set, IndexedDB and localStorage refuse writes as a browser over its quota does.
  await page.addInitScript(() => {
    const w = window as unknown as { storageFull: boolean };
    w.storageFull = false;
    const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
      (IDBObjectStore.prototype as unknown as Record<string, unknown>)[method] = function (this: IDBObjectStore, ...args: unknown[]) {
        if (w.storageFull) throw full();
        return original.apply(this, args);
      };
    }
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (w.storageFull) throw full();
      return setItem.call(this, key, value);
    };
  });
  await openPlayground(page);
  await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = true));
  await setEditorText(page, CODE, "export const handler = async () => 'written while the disk was full';\n");
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText("This browser's storage for the playground is full");
  await expect(notice).toContainText('Your work is still open here');
  await expect(notice).toContainText('export');
  await expect(page.getByTestId('save-state')).toHaveText('Not saved');
  // Nothing was discarded: the editor and the project as exported both have the change.
  await expect(page.getByRole('textbox', { name: CODE })).toContainText('written while the disk was full');
  expect(JSON.stringify(await page.evaluate(() => window.playground.project.export()))).toContain('written while the disk was full');

  // Room again (objects or projects deleted): the change is saved without another edit, and survives a reload.
  await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = false));
  await saved(page);
  await page.reload();
  await page.evaluate(() => window.playground.ready);
  await expect(page.getByRole('textbox', { name: CODE })).toContainText('written while the disk was full');
});

test('a tab that missed the other tab’s news still cannot save over its work: the store refuses, and the tab says so', async ({ page, context }) => {
  await openPlayground(page);
  const id = await page.evaluate(() => window.playground.project.current().id);
  const deaf = await context.newPage();
  // This tab hears nothing from other tabs (as a frozen or discarded tab would not).
  await deaf.addInitScript(() => { delete (window as { BroadcastChannel?: unknown }).BroadcastChannel; });
  await deaf.goto(`/?project=${id}`);
  await deaf.evaluate(() => window.playground.ready);

  await setEditorText(page, CODE, "export const handler = async () => 'saved first, in tab one';\n");
  await saved(page);
  await expect(deaf.getByTestId('project-conflict')).toHaveCount(0);
  await setEditorText(deaf, CODE, "export const handler = async () => 'typed later, in the deaf tab';\n");
  await expect(deaf.getByTestId('project-conflict')).toContainText('This project was changed in another tab');
  await expect(deaf.getByTestId('save-state')).toHaveText('Not saved: changed in another tab');
  await expect(deaf.getByRole('textbox', { name: CODE })).toContainText('typed later, in the deaf tab');
  expect(JSON.stringify((await storedRecord(page, id)).doc)).toContain('saved first, in tab one');
  // Both are kept: the deaf tab's work as a copy, the first tab's in the project.
  await clickAndLoad(deaf, deaf.getByRole('button', { name: 'Save mine as a copy' }));
  await expect(deaf.getByRole('textbox', { name: CODE })).toContainText('typed later, in the deaf tab');
  expect(JSON.stringify((await storedRecord(page, id)).doc)).toContain('saved first, in tab one');
});

test('a damaged project record opens what can be read, names the part that cannot, and is not saved over', async ({ page }) => {
  await openPlayground(page);
  const id = await page.evaluate(() => window.playground.project.current().id);
  await page.evaluate(() => window.playground.lambda.createFunction({ FunctionName: 'orders', Code: { Files: { 'index.mjs': "export const handler = async () => 'orders';\n" } } }));
  await saved(page);
  // Damage one function of the stored record, as a bad write or a hand edit would.
  await page.evaluate((id) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('serverless-playground');
    open.onsuccess = () => {
      const tx = open.result.transaction('projects', 'readwrite');
      const store = tx.objectStore('projects');
      const get = store.get(id);
      get.onsuccess = () => {
        const record = get.result;
        const broken = record.doc.functions.find((f: { name: string }) => f.name === 'hello-world');
        broken.files = 'garbled';
        broken.timeout = -1;
        store.put(record);
      };
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), id);
  await page.reload();
  await page.evaluate(() => window.playground.ready);
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('Part of your project "My project" could not be read');
  await expect(notice).toContainText('functions[0] (hello-world)');
  await expect(notice).toContainText('Duplicate');
  // The rest is open and runs.
  await expect(page.getByRole('navigation', { name: 'Functions' }).getByRole('button', { name: /^orders/ })).toBeVisible();
  const out = await page.evaluate(async () => (await window.playground.lambda.invoke({ FunctionName: 'orders' })).Payload);
  expect(out).toBe('"orders"');
  // The damaged record is kept as it is, even after a change here.
  await page.evaluate(() => window.playground.lambda.createFunction({ FunctionName: 'later', Code: { Files: { 'index.mjs': 'export const handler = async () => 1;\n' } } }));
  await expect(page.getByTestId('save-state')).toHaveText('Not saved');
  const record = await storedRecord(page, id);
  expect(record.doc.functions.map((f) => f.name)).toEqual(['hello-world', 'orders']);
  expect(record.doc.functions[0]!.files).toBe('garbled');
  // Duplicating keeps the readable parts (and the change made here) as a project that saves normally.
  const menu = await openMenu(page);
  await menu.getByRole('button', { name: 'Duplicate My project' }).click();
  await expect(page.getByTestId('notice')).toContainText('Made My project (copy)');
  const copy = (await page.evaluate(() => window.playground.project.list())).find((p) => p.name === 'My project (copy)')!;
  await page.goto(`/?project=${copy.id}`);
  await page.evaluate(() => window.playground.ready);
  expect(await page.evaluate(async () => (await window.playground.lambda.listFunctions()).Functions.map((f) => f.FunctionName).sort())).toEqual(['later', 'orders']);
  await setEditorText(page, 'Code of index.mjs', "export const handler = async () => 'orders, carried on';\n");
  await saved(page);
});

test('a project file from the first playground (workspace format 1) imports migrated, with drafts, events and APIs', async ({ page }, testInfo) => {
  await openPlayground(page);
  const v1 = {
    format: 'serverless-playground/workspace', version: 1, selected: 'legacy-fn',
    functions: [{
      name: 'legacy-fn', runtime: 'nodejs22.x', handler: 'index.handler', memorySize: 256, timeout: 7, environment: { STAGE: 'old' },
      files: { 'index.mjs': 'export const handler = async () => process.env.STAGE;\n' },
      draft: { 'index.mjs': 'export const handler = async () => "old, edited: " + process.env.STAGE;\n' },
      testEvents: [{ name: 'from-v1', json: '{ "kept": true }' }], versions: [], aliases: [],
    }],
    apis: [{ id: 'old', name: 'old-api', kind: 'rest', createdDate: 1 }],
  };
  const path = testInfo.outputPath('workspace-v1.json');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(path, JSON.stringify(v1));
  const menu = await openMenu(page);
  await menu.getByLabel('Project file to import').setInputFiles(path);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-name')).toHaveText('My project');
  await expect(dialog).toContainText('legacy-fn');
  await clickAndLoad(page, dialog.getByRole('button', { name: 'Import as a new project' }));
  const doc = await page.evaluate(() => window.playground.project.export()) as unknown as {
    format: string; version: number; functions: Array<Record<string, unknown>>; apis: Array<Record<string, unknown>>;
  };
  expect(doc).toMatchObject({ format: 'serverless-playground/project', version: 2 });
  expect(doc.functions[0]).toMatchObject({
    name: 'legacy-fn', memorySize: 256, timeout: 7, environment: { STAGE: 'old' },
    files: v1.functions[0]!.files, draft: v1.functions[0]!.draft, testEvents: [{ name: 'from-v1', json: '{ "kept": true }' }],
  });
  expect(doc.apis[0]).toMatchObject({ id: 'old', name: 'old-api', kind: 'rest', payloadFormat: '1.0', routes: [], stages: [] });
  await expect(page.getByRole('textbox', { name: 'Code of index.mjs' })).toContainText('old, edited');
  await expect(page.getByTestId('undeployed')).toBeVisible();
  expect(JSON.parse((await page.evaluate(() => window.playground.lambda.invoke({ FunctionName: 'legacy-fn' }))).Payload ?? 'null')).toBe('old');
  await saved(page);
});
