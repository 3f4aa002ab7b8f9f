// Share links: read-only until opened, refused when cut or changed, and the embed layout.
import { expect, test } from '@playwright/test';
import { openPlayground, runTest } from './helpers';
import { saved, clickAndLoad, renameCurrent, shareLinkOf, functionNames } from './project-helpers';

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
