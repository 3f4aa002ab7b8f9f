// The course's chain in the browser: one button on the example's front end uploads a photo through
// the API, S3 invokes extract-metadata, its DynamoDB write streams to fan-out-feed, and the feed API
// answers with the photo — each hop visible on the page, in the logs and in the tables.
import { expect, test, type Page } from '@playwright/test';
import { openPlayground } from './helpers';
import { photoFeedExample } from '../src/samples/examples/photo-feed';

async function openProject(page: Page, id: string): Promise<void> {
  await Promise.all([page.waitForURL(/project=/), page.evaluate((projectId) => window.playground.project.open(projectId), id).catch(() => {})]);
  await page.evaluate(() => window.playground.ready);
}

test('photo → metadata → feed: one click runs the whole chain and each hop shows', async ({ page }) => {
  await openPlayground(page);
  const id = await page.evaluate((doc) => window.playground.project.import(doc), photoFeedExample());
  await openProject(page, id);

  await page.getByRole('button', { name: /^Front end/ }).click();
  await page.getByRole('button', { name: /Run the page/ }).click();
  const site = page.frameLocator('iframe[title="Preview of the front end"]');
  await site.getByRole('button', { name: 'Run the chain' }).click();
  await expect(site.getByText(/^Done: the chain is complete/)).toBeVisible({ timeout: 40_000 });
  await expect(site.locator('#hops li')).toHaveCount(5);
  await expect(site.locator('#hops li').nth(1)).toContainText('extract-metadata measured it: 320×200');

  const logs = await page.evaluate(() => ['extract-metadata', 'fan-out-feed'].map((f) => window.playground.logs.events(`/aws/lambda/${f}`).map((e) => e.message).join('\n')));
  expect(logs[0]).toMatch(/metadata of ana\/[0-9a-f-]+\.png: 320×200/);
  expect(logs[1]).toMatch(/is in the feeds of ben, cleo/);
  await page.getByRole('navigation', { name: 'Tables' }).getByRole('button', { name: 'feeds' }).click();
  await expect(page.getByTestId('item-row')).toHaveCount(2);
});
