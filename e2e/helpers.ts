// Shared steps for browser tests: open the app, replace editor text, run Deploy and Test.
import { expect, type Page } from '@playwright/test';

export async function openPlayground(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => window.playground.ready);
  await expect(page.getByTestId('compiler-status')).toHaveText('Compiler ready');
}

/** Replaces the whole text of the CodeMirror editor with this accessible name. */
export async function setEditorText(page: Page, label: string, text: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: label });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
}

export async function createFunctionInUi(page: Page, name: string, language: 'TypeScript' | 'JavaScript (ESM)' = 'TypeScript', runtime = 'nodejs24.x') {
  // The form's fields, in the Functions section (the header has a language switch of its own).
  const form = page.getByRole('navigation', { name: 'Functions' });
  await form.getByRole('button', { name: '+ Create' }).click();
  await form.getByLabel('Function name').fill(name);
  await form.getByLabel('Language').selectOption({ label: language });
  await form.getByLabel('Runtime').selectOption(runtime);
  await page.getByRole('button', { name: 'Create function' }).click();
  await expect(page.getByTestId('function-name')).toHaveText(name);
}

export async function deploy(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Deploy/ }).click();
  await expect(page.getByTestId('notice')).toContainText('Deployed');
  await expect(page.getByTestId('undeployed')).toHaveCount(0);
}

/** Clicks Test and waits for a new result (a new request id). */
export async function runTest(page: Page): Promise<void> {
  const before = await page.getByTestId('result').textContent();
  await page.getByRole('button', { name: /^Test/ }).click();
  await expect(page.getByTestId('result')).not.toHaveText(before ?? '');
  await expect(page.getByTestId('result-status')).toBeVisible();
}

export async function payloadJson(page: Page): Promise<unknown> {
  return JSON.parse((await page.getByTestId('payload').textContent()) ?? 'null');
}
