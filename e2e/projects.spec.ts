// Projects: autosave across reloads, the project list, share links (read-only until opened), files
// in and out (JSON, zip, SAM), embed mode, two tabs on one project, and the version-1 workspace.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { openPlayground, runTest, setEditorText } from './helpers';

async function openMenu(page: Page): Promise<Locator> {
  await page.getByTestId('project-button').click();
  const menu = page.getByTestId('project-menu');
  await expect(menu).toBeVisible();
  return menu;
}

async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
}

/** Clicks something that loads another page (another project) and waits for it to be ready. */
async function clickAndLoad(page: Page, target: Locator): Promise<void> {
  const loaded = page.waitForEvent('load');
  await target.click();
  await loaded;
  await page.evaluate(() => window.playground.ready);
}

async function renameCurrent(page: Page, from: string, to: string): Promise<void> {
  const menu = await openMenu(page);
  await menu.getByRole('button', { name: 'Rename', exact: true }).click();
  await menu.getByLabel(`New name for ${from}`).fill(to);
  await menu.getByRole('button', { name: 'Save', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('project-button')).toContainText(to);
}

async function shareLinkOf(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const url = page.getByTestId('share-url');
  await expect(url).toHaveValue(/#share=p2\./);
  return url.inputValue();
}

const functionNames = (page: Page) => page.evaluate(async () => (await window.playground.lambda.listFunctions()).Functions.map((f) => f.FunctionName));

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

test('a share link opens read-only in a fresh browser and runs only after "Open as my project"', async ({ page, browser }) => {
  await openPlayground(page);
  await page.evaluate(async () => {
    await window.playground.lambda.createFunction({
      FunctionName: 'shared-greeter', Runtime: 'nodejs22.x',
      Code: { Files: { 'index.mjs': "console.log('SHARED INIT RAN');\nexport const handler = async (event) => 'hi ' + event.who;\n" } },
    });
  });
  await renameCurrent(page, 'My project', 'Lesson 1');
  await saved(page);
  const link = await shareLinkOf(page);
  await expect(page.getByTestId('share-length')).toHaveText(`${link.length.toLocaleString('en-US')} characters`);
  await expect(page.getByTestId('share-advice')).toContainText('short enough to paste anywhere');
  await page.screenshot({ path: 'test-results/projects-share-dialog.png' });

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(link);
  await expect(visitor.getByTestId('shared-project')).toBeVisible();
  await expect(visitor.getByTestId('shared-name')).toHaveText('Lesson 1');
  await expect(visitor.getByLabel('Code of shared-greeter/index.mjs (read-only)')).toContainText("console.log('SHARED INIT RAN')");
  // Handled once: the fragment is gone, so a reload shows the visitor's own project.
  expect(visitor.url()).not.toContain('#share=');
  await visitor.evaluate(() => window.playground.ready);
  const before = await visitor.evaluate(async () => ({
    functions: (await window.playground.lambda.listFunctions()).Functions.map((f) => f.FunctionName),
    sharedLogs: window.playground.logs.events('/aws/lambda/shared-greeter').length,
    projects: (await window.playground.project.list()).map((p) => p.name),
  }));
  expect(before).toEqual({ functions: ['hello-world'], sharedLogs: 0, projects: ['My project'] });
  await visitor.screenshot({ path: 'test-results/projects-shared-view.png', fullPage: true });

  await clickAndLoad(visitor, visitor.getByRole('button', { name: 'Open as my project' }));
  await expect(visitor.getByTestId('project-button')).toContainText('Lesson 1');
  const after = await visitor.evaluate(async () => ({
    functions: (await window.playground.lambda.listFunctions()).Functions.map((f) => f.FunctionName).sort(),
    sharedLogs: window.playground.logs.events('/aws/lambda/shared-greeter').length,
    projects: (await window.playground.project.list()).map((p) => p.name).sort(),
  }));
  // Deployed (compiled), not run; the visitor's own project is still there, unchanged.
  expect(after).toEqual({ functions: ['hello-world', 'shared-greeter'], sharedLogs: 0, projects: ['Lesson 1', 'My project'] });
  await visitor.getByRole('button', { name: /^shared-greeter/ }).click();
  await runTest(visitor);
  await expect(visitor.getByTestId('log-lines')).toContainText('SHARED INIT RAN');
  await visitorContext.close();
});

test('a truncated, corrupted or foreign link says what is wrong, and the playground keeps working', async ({ page }) => {
  await openPlayground(page);
  const link = await shareLinkOf(page);
  await page.keyboard.press('Escape');
  const projectsBefore = await page.evaluate(async () => (await window.playground.project.list()).map((p) => p.id));
  const payloadAt = link.lastIndexOf('.') + 10;
  const flipped = link.slice(0, payloadAt) + (link[payloadAt] === 'A' ? 'B' : 'A') + link.slice(payloadAt + 1);
  const cases: [string, string][] = [
    [link.slice(0, -25), 'This share link is incomplete'],
    [flipped, 'This share link is damaged'],
    [link.replace(/#share=.*/, '#share=hello'), 'This is not a share link'],
  ];
  for (const [url, message] of cases) {
    await page.goto('about:blank');
    await page.goto(url);
    await page.evaluate(() => window.playground.ready);
    await expect(page.getByTestId('notice')).toContainText(message);
    await expect(page.getByTestId('notice')).toContainText('Your own project is open as before');
    await expect(page.getByTestId('shared-project')).toHaveCount(0);
    expect(page.url()).not.toContain('#share=');
  }
  await page.getByTestId('notice').getByRole('button', { name: 'Dismiss' }).click();
  await runTest(page);
  await expect(page.getByTestId('result-status')).toHaveText('Succeeded');
  expect(await page.evaluate(async () => (await window.playground.project.list()).map((p) => p.id))).toEqual(projectsBefore);
});

test('a project exported as JSON or as a zip imports back as a new project with the same content', async ({ page }, testInfo) => {
  await openPlayground(page);
  await page.evaluate(async () => {
    await window.playground.lambda.createFunction({ FunctionName: 'exported', Code: { Files: { 'index.mjs': 'export const handler = async () => "é ✓";\n', 'lib/x.mjs': '// 한국어\n' } } });
  });
  await setEditorText(page, 'Code of index.ts', "export const handler = async () => 'a draft';\n");
  await saved(page);
  const original = await page.evaluate(() => window.playground.project.export());

  for (const [button, ext] of [['Export JSON', 'json'], ['Export zip', 'zip']] as const) {
    const menu = await openMenu(page);
    const download = page.waitForEvent('download');
    await menu.getByRole('button', { name: button }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`my-project.${ext}`);
    const path = testInfo.outputPath(`export.${ext}`);
    await file.saveAs(path);
    await menu.getByLabel('Project file to import').setInputFiles(path);
    const dialog = page.getByTestId('import-dialog');
    await expect(dialog.getByTestId('import-name')).toHaveText('My project');
    await expect(dialog).toContainText('exported, hello-world');
    await clickAndLoad(page, dialog.getByRole('button', { name: 'Import as a new project' }));
    expect(await page.evaluate(() => window.playground.project.export())).toEqual(original);
    await expect(page.getByTestId('undeployed')).toBeVisible();
  }
  expect((await page.evaluate(() => window.playground.project.list())).map((p) => p.name)).toEqual(['My project', 'My project', 'My project']);
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
  expect(result.link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#share=p2\./);
  const loaded = page.waitForEvent('load');
  // open() resolves as the page goes away, so the call is not awaited inside the page.
  await page.evaluate((id) => void window.playground.project.open(id), result.id);
  await loaded;
  await page.evaluate(() => window.playground.ready);
  await expect(page.getByTestId('project-button')).toContainText('Scripted copy');
});

test('a project file dropped on the page is offered for import', async ({ page }) => {
  await openPlayground(page);
  const json = JSON.stringify({ ...(await page.evaluate(() => window.playground.project.export())), name: 'Dropped in' });
  const drop = (name: string, text: string) => page.evaluate(([name, text]) => {
    const data = new DataTransfer();
    data.items.add(new File([text!], name!, { type: 'application/json' }));
    document.querySelector('main')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [name, text]);
  await drop('dropped.json', json);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toContainText('From dropped.json');
  await expect(dialog.getByTestId('import-name')).toHaveText('Dropped in');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await drop('broken.json', '{"format": "serverless-playground/project", "version": 2,');
  await expect(dialog.getByTestId('import-error')).toContainText('The file is not valid JSON');
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => window.playground.project.list())).toHaveLength(1);
});

test('the SAM export is a zip with template.yaml and the code laid out for sam build, and imports back', async ({ page }, testInfo) => {
  await openPlayground(page);
  const menu = await openMenu(page);
  const download = page.waitForEvent('download');
  await menu.getByRole('button', { name: 'Export SAM app (zip)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('my-project-sam.zip');
  const path = testInfo.outputPath('sam.zip');
  await file.saveAs(path);
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  const template = strFromU8(files['template.yaml']!);
  expect(template).toContain('Transform: AWS::Serverless-2016-10-31');
  expect(template).toMatch(/HelloWorldFunction:\n\s+Type: AWS::Serverless::Function/);
  expect(template).toContain('BuildMethod: esbuild');
  expect(Object.keys(files).sort()).toEqual(expect.arrayContaining(['README.md', 'events/hello-world/greet-ana.json', 'functions/hello-world/index.ts', 'functions/hello-world/lib/greeting.ts', 'functions/hello-world/package.json']));

  await menu.getByLabel('SAM template to import').setInputFiles(path);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toContainText('Import SAM template');
  await expect(dialog.getByTestId('import-name')).toHaveText('My project');
  await page.screenshot({ path: 'test-results/projects-import-sam.png' });
  await clickAndLoad(page, dialog.getByRole('button', { name: 'Import as a new project' }));
  expect(await functionNames(page)).toEqual(['hello-world']);
  await runTest(page);
  await expect(page.getByTestId('result-status')).toHaveText('Succeeded');
});

test('embed mode: editor, Run and output only, the shared code runs on Run, with a link to the full playground', async ({ page, browser }) => {
  await openPlayground(page);
  const link = await shareLinkOf(page);
  const embedContext = await browser.newContext({ viewport: { width: 760, height: 560 } });
  const embed = await embedContext.newPage();
  const embedUrl = link.replace('/#share=', '/?embed=1#share=');
  await embed.goto(embedUrl);
  await expect(embed.getByTestId('embed')).toBeVisible();
  await expect(embed.getByTestId('embed-code').first()).toContainText('greet');
  await expect(embed.getByTestId('project-button')).toHaveCount(0);
  await expect(embed.getByRole('link', { name: 'Open in Serverless Playground ↗' })).toHaveAttribute('href', link);
  await embed.waitForFunction(() => 'lambda' in window.playground);
  expect(await functionNames(embed)).toEqual([]);
  await embed.screenshot({ path: 'test-results/projects-embed-before-run.png' });

  await embed.getByRole('button', { name: '▶ Run' }).click();
  await expect(embed.getByTestId('result-status')).toHaveText('Succeeded');
  await expect(embed.getByTestId('log-lines')).toContainText('START RequestId');
  await expect(embed.getByRole('textbox', { name: 'Code of index.ts' })).toBeVisible();
  await embed.screenshot({ path: 'test-results/projects-embed.png' });
  // An embedded link never becomes one of the reader's projects.
  expect(await embed.evaluate(() => window.playground.project.list())).toEqual([]);
  await embedContext.close();

  // The person's own project in the compact layout: runs at once.
  const id = await page.evaluate(() => window.playground.project.current().id);
  await page.goto(`/?project=${id}&embed=1`);
  await page.evaluate(() => window.playground.ready);
  await expect(page.getByRole('textbox', { name: 'Code of index.ts' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open in Serverless Playground ↗' })).toHaveAttribute('href', new RegExp(`/\\?project=${id}$`));
  await page.getByRole('button', { name: '▶ Run' }).click();
  await expect(page.getByTestId('result-status')).toHaveText('Succeeded');
});

test('two tabs on one project: the other tab is told, overwrites nothing, and can keep its work as a copy', async ({ page, context }) => {
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
