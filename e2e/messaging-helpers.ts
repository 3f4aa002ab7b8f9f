// Steps the messaging browser tests share: a function made by clicking whose handler logs each event
// it gets, reading those events back from its log pane, the sidebar sections, and screenshots.
import { expect, type Page } from '@playwright/test';
import { createFunctionInUi, deploy, setEditorText } from './helpers';

/** Creates and deploys a JavaScript function from the UI with this handler source. */
export async function createFunctionWithCode(page: Page, name: string, code: string): Promise<void> {
  await createFunctionInUi(page, name, 'JavaScript (ESM)');
  await setEditorText(page, 'Code of index.mjs', code);
  await deploy(page);
}

/** A handler that logs each event it gets as one `EVENT <json>` line, so a test can read it back. */
export const RECORDER = "export const handler = async (event) => {\n  console.log('EVENT ' + JSON.stringify(event));\n  return 'recorded';\n};\n";

/** Opens a function from the sidebar. */
export async function openFunction(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Functions' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByTestId('function-name')).toHaveText(name);
}

/** The events the open function's log pane shows as `EVENT <json>` lines, oldest first. */
export async function loggedEvents(page: Page): Promise<unknown[]> {
  const lines = await page.getByTestId('log-lines').locator('.line').allTextContents();
  return lines.filter((line) => line.includes('\tEVENT ')).map((line) => JSON.parse(line.slice(line.indexOf('\tEVENT ') + 7)));
}

/** Waits until the open function's log pane shows `count` events, and answers them. */
export async function waitForEvents(page: Page, count: number, timeout = 30_000): Promise<unknown[]> {
  await expect.poll(async () => (await loggedEvents(page)).length, { timeout }).toBe(count);
  return loggedEvents(page);
}

export const nav = (page: Page, label: 'Queues' | 'Topics' | 'Rules' | 'Functions') => page.getByRole('navigation', { name: label });

/** Screenshots go beside the other test output, not into the repository. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/shots/${name}.png`, fullPage: true });
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
