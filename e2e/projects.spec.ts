// Projects: autosave across reloads, the project list, the scripting API, two tabs on one project,
// and the version-1 workspace.
import { expect, test } from '@playwright/test';
import { openPlayground, setEditorText } from './helpers';
import { openMenu, saved, clickAndLoad, renameCurrent, functionNames } from './project-helpers';

test('edits and the project name survive a reload; a bare address reopens the last project', async ({ page }) => {
  await openPlayground(page);
  await setEditorText(page, 'Code of index.ts', "export const handler = async () => 'kept after reload';\n");
  await renameCurrent(page, 'My project', 'Workshop');
  await saved(page);

  await page.reload();
  await page.evaluate(() => window.playground.ready);
  await expect(page.getByTestId('project-button')).toContainText('Workshop');
  await expect(page.getByRole('textbox', { name: 'Code of index.ts' })).toContainText('kept after reload');
  await expect(page.getByTestId('undeployed')).toBeVisible();
});

test('projects can be created, renamed, duplicated, opened, and deleted with undo', async ({ page }) => {
  // Four page loads: room for a busy machine.
  test.slow();
  await openPlayground(page);
  let menu = await openMenu(page);
  await page.screenshot({ path: 'test-results/projects-menu.png' });
  await clickAndLoad(page, menu.getByRole('button', { name: '+ Blank project' }));
  expect(new URL(page.url()).searchParams.get('project')).toMatch(/^[0-9a-z]{10}$/);
  await expect(page.getByTestId('project-button')).toContainText('New project');
  await expect(page.getByText('No functions yet')).toBeVisible();

  menu = await openMenu(page);
  const list = menu.getByTestId('project-list');
  await expect(list.locator('li')).toHaveCount(2);
  await menu.getByRole('button', { name: 'Duplicate My project' }).click();
  await expect(list).toContainText('My project (copy)');
  await menu.getByRole('button', { name: 'Rename My project (copy)' }).click();
  await menu.getByLabel('New name for My project (copy)').fill('Backup');
  await menu.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(list).toContainText('Backup');

  // Delete, then undo within the grace time: the project comes back.
  await menu.getByRole('button', { name: 'Delete Backup' }).click();
  await expect(menu.getByTestId('project-undo')).toContainText('Deleted Backup');
  await expect(list).not.toContainText('Backup');
  await page.screenshot({ path: 'test-results/projects-undo.png' });
  await menu.getByRole('button', { name: 'Undo' }).click();
  await expect(list).toContainText('Backup');
  // The open project cannot be deleted.
  await expect(menu.getByRole('button', { name: 'Delete New project' })).toBeDisabled();

  // Delete for real: gone once the undo time is over.
  await menu.getByRole('button', { name: 'Delete Backup' }).click();
  await expect.poll(async () => (await page.evaluate(() => window.playground.project.list())).map((p) => p.name), { timeout: 15_000 }).not.toContain('Backup');
  await expect(menu.getByTestId('project-undo')).toHaveCount(0);

  // Open the first project again: its functions come back; a bare address reopens it later too.
  await clickAndLoad(page, menu.getByRole('button', { name: 'Open My project' }));
  await expect(page.getByTestId('project-button')).toContainText('My project');
  expect(await functionNames(page)).toEqual(['hello-world']);
  await page.goto('/');
  await page.evaluate(() => window.playground.ready);
  await expect(page.getByTestId('project-button')).toContainText('My project');
});

test('window.playground.project: current, list, export, import, shareLink, open', async ({ page }) => {
  await openPlayground(page);
  const result = await page.evaluate(async () => {
    const { project } = window.playground;
    const doc = project.export();
    const id = await project.import({ ...doc, name: 'Scripted copy' });
    const fromText = await project.import(JSON.stringify({ ...doc, name: 'From text' }));
    const refused = await project.import('{"format":"serverless-playground/project","version":2,"name":"x","functions":[{"name":"bad name"}]}').catch((e: Error) => ({ name: e.name, message: e.message }));
    const missing = await project.open('nope').catch((e: Error) => e.name);
    return { current: project.current(), names: (await project.list()).map((p) => p.name).sort(), id, fromText, refused, missing, link: await project.shareLink() };
  });
  expect(result.current).toEqual({ id: expect.stringMatching(/^[0-9a-z]{10}$/), name: 'My project' });
  expect(result.names).toEqual(['From text', 'My project', 'Scripted copy']);
  expect(result.refused).toEqual({ name: 'ValidationException', message: expect.stringContaining('functions[0] (bad name).name') });
  expect(result.missing).toBe('ResourceNotFoundException');
  expect(result.link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#share=p3\./);
  const loaded = page.waitForEvent('load');
  // open() resolves as the page goes away, so the call is not awaited inside the page.
  await page.evaluate((id) => void window.playground.project.open(id), result.id);
  await loaded;
  await page.evaluate(() => window.playground.ready);
  await expect(page.getByTestId('project-button')).toContainText('Scripted copy');
});

test('two tabs on one project: the other tab is told, overwrites nothing, and can keep its work as a copy', async ({ page, context }) => {
  // Two tabs and three page loads: room for a busy machine.
  test.slow();
  await openPlayground(page);
  const id = await page.evaluate(() => window.playground.project.current().id);
  const second = await context.newPage();
  await second.goto(`/?project=${id}`);
  await second.evaluate(() => window.playground.ready);
  await expect(second.getByTestId('project-conflict')).toHaveCount(0);

  await setEditorText(page, 'Code of index.ts', "export const handler = async () => 'from tab one';\n");
  await saved(page);
  await expect(second.getByTestId('project-conflict')).toContainText('This project was changed in another tab');
  await expect(second.getByTestId('save-state')).toHaveText('Not saved: changed in another tab');
  await setEditorText(second, 'Code of index.ts', "export const handler = async () => 'from tab two';\n");
  await second.screenshot({ path: 'test-results/projects-conflict.png' });

  await clickAndLoad(second, second.getByRole('button', { name: 'Save mine as a copy' }));
  await expect(second.getByTestId('project-button')).toContainText('My project (my copy)');
  await expect(second.getByRole('textbox', { name: 'Code of index.ts' })).toContainText('from tab two');
  // The first tab's project kept its own edit (a bare address would now open the copy, opened last).
  await page.goto(`/?project=${id}`);
  await page.evaluate(() => window.playground.ready);
  await expect(page.getByRole('textbox', { name: 'Code of index.ts' })).toContainText('from tab one');
  await expect(page.getByTestId('project-conflict')).toHaveCount(0);
});

test('a workspace saved before projects existed becomes the first project, and its record is kept', async ({ page }) => {
  const v1 = {
    format: 'serverless-playground/workspace', version: 1, selected: 'legacy-fn',
    functions: [{
      name: 'legacy-fn', runtime: 'nodejs22.x', handler: 'index.handler', memorySize: 128, timeout: 3, environment: {},
      files: { 'index.mjs': 'export const handler = async () => "old";\n' }, draft: { 'index.mjs': 'export const handler = async () => "old, edited";\n' },
      testEvents: [{ name: 'ev', json: '{}' }], versions: [], aliases: [],
    }],
  };
  // An empty page of this origin writes the record as the version-1 playground did (database version 1).
  await page.route('**/seed.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }));
  await page.goto('/seed.html');
  const readLegacy = () => page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('serverless-playground');
    open.onsuccess = () => {
      const get = open.result.transaction('workspace').objectStore('workspace').get('current');
      get.onsuccess = () => { open.result.close(); resolve(get.result); };
      get.onerror = () => reject(get.error);
    };
  }));
  await page.evaluate((doc) => new Promise((resolve, reject) => {
    const open = indexedDB.open('serverless-playground', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('workspace');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('workspace', 'readwrite');
      tx.objectStore('workspace').put(doc, 'current');
      tx.oncomplete = () => { open.result.close(); resolve(null); };
    };
  }), v1);

  await openPlayground(page);
  await expect(page.getByTestId('project-button')).toContainText('My project');
  await expect(page.getByTestId('function-name')).toHaveText('legacy-fn');
  await expect(page.getByRole('textbox', { name: 'Code of index.mjs' })).toContainText('old, edited');
  expect((await page.evaluate(() => window.playground.project.list())).map((p) => p.name)).toEqual(['My project']);
  await page.goto('/seed.html');
  expect(await readLegacy()).toEqual(v1);
});
