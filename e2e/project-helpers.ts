// Steps the project browser tests share: the project menu, waiting for autosave, loading another
// project's page, renaming, reading the share link, and the open project's function names.
import { expect, type Locator, type Page } from '@playwright/test';

export async function openMenu(page: Page): Promise<Locator> {
  await page.getByTestId('project-button').click();
  const menu = page.getByTestId('project-menu');
  await expect(menu).toBeVisible();
  return menu;
}

export async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
}

/** Clicks something that loads another page (another project) and waits for it to be ready. */
export async function clickAndLoad(page: Page, target: Locator): Promise<void> {
  const loaded = page.waitForEvent('load');
  await target.click();
  await loaded;
  await page.evaluate(() => window.playground.ready);
}

export async function renameCurrent(page: Page, from: string, to: string): Promise<void> {
  const menu = await openMenu(page);
  await menu.getByRole('button', { name: 'Rename', exact: true }).click();
  await menu.getByLabel(`New name for ${from}`).fill(to);
  await menu.getByRole('button', { name: 'Save', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('project-button')).toContainText(to);
}

export async function shareLinkOf(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const url = page.getByTestId('share-url');
  await expect(url).toHaveValue(/#share=p3\./);
  return url.inputValue();
}

export const functionNames = (page: Page) => page.evaluate(async () => (await window.playground.lambda.listFunctions()).Functions.map((f) => f.FunctionName));
