// Project files in and out: JSON, zip and SAM exports that import back, and files dropped on the page.
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { openPlayground, runTest, setEditorText } from './helpers';
import { openMenu, saved, clickAndLoad, functionNames } from './project-helpers';

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
