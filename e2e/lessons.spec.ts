// Lessons in the browser: a project that carries a lesson opens with its panel; a step's check is
// "not yet" until the learner does the step by clicking, then turns done and the progress advances;
// hints unlock one by one; a reload keeps the progress. Screenshots of the panel at desktop and phone widths.
import { expect, test, type Page } from '@playwright/test';
import { SAMPLE_FUNCTION } from '../src/samples/sample-functions';
import { PROJECT_FORMAT, PROJECT_VERSION, type ProjectDoc, type ProjectLesson } from '../src/project/types';

const LESSON: ProjectLesson = {
  id: 'memory-lesson',
  title: { en: 'More memory', ko: '메모리 늘리기' },
  steps: [
    {
      id: 'memory',
      title: { en: 'Raise the memory', ko: '메모리 늘리기' },
      text: { en: 'Open **Configuration** and set the memory to `256` MB. <b>raw html</b>', ko: '**구성**을 열고 메모리를 `256`MB로 바꾸세요.' },
      goal: { en: 'hello-world has 256 MB.', ko: 'hello-world의 메모리가 256MB입니다.' },
      hints: [{ en: 'The Configuration tab.', ko: '구성 탭입니다.' }, { en: 'Type 256, then Save configuration.', ko: '256을 입력하고 구성 저장을 누르세요.' }],
      check: { kind: 'functionExists', name: 'hello-world', memory: 256 },
    },
    {
      id: 'warm',
      title: { en: 'A warm start', ko: '웜 스타트' },
      text: { en: 'Invoke twice.', ko: '두 번 호출하세요.' },
      goal: { en: 'A warm start.', ko: '웜 스타트.' },
      check: { kind: 'invoked', function: 'hello-world', coldStart: false },
    },
  ],
};

/** The landing project (hello-world at 128 MB) with the lesson in it. */
const workshop = (): ProjectDoc => ({
  format: PROJECT_FORMAT, version: PROJECT_VERSION, name: 'Workshop', apis: [], savedRequests: {}, site: { files: {} },
  functions: [{
    name: SAMPLE_FUNCTION.name, runtime: SAMPLE_FUNCTION.runtime, handler: SAMPLE_FUNCTION.handler, memorySize: 128, timeout: 3,
    environment: {}, files: { ...SAMPLE_FUNCTION.files }, testEvents: SAMPLE_FUNCTION.testEvents.map((e) => ({ ...e })),
  }],
  lessons: [LESSON],
});

async function openProjectWithLesson(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => window.playground.ready);
  const id = await page.evaluate((doc) => window.playground.project.import(doc), workshop());
  await Promise.all([page.waitForURL(/project=/), page.evaluate((projectId) => window.playground.project.open(projectId), id).catch(() => {})]);
  await page.evaluate(() => window.playground.ready);
}

const panel = (page: Page) => page.getByTestId('lessons-panel');
const status = (page: Page) => panel(page).getByTestId('lesson-check-status');

test('a learner does a step by clicking, sees it done, unlocks hints, and keeps the progress over a reload', async ({ page }) => {
  // Two page loads, a build and a configuration change: room for a busy machine.
  test.slow();
  await openProjectWithLesson(page);

  // A project with lessons opens with its panel, on step 1, not done yet.
  await expect(panel(page)).toBeVisible();
  await expect(panel(page).getByRole('heading', { name: 'Raise the memory' })).toBeVisible();
  await expect(panel(page).getByText('Step 1 of 2')).toBeVisible();
  await expect(status(page)).toHaveAttribute('data-status', 'not-yet');
  await expect(panel(page).getByTestId('lesson-progress')).toContainText('0 of 2 done');
  // The Markdown is rendered, and raw HTML in it is shown as text, not markup.
  await expect(panel(page).locator('.markdown strong').first()).toHaveText('Configuration');
  await expect(panel(page).locator('.markdown b')).toHaveCount(0);
  await expect(panel(page).getByText('<b>raw html</b>')).toBeVisible();

  // Hints unlock one by one.
  await expect(panel(page).getByTestId('lesson-hint')).toHaveCount(0);
  await panel(page).getByRole('button', { name: /Show hint 1 of 2/ }).click();
  await expect(panel(page).getByTestId('lesson-hint')).toHaveText(['Hint 1 The Configuration tab.']);
  await panel(page).getByRole('button', { name: /Show hint 2 of 2/ }).click();
  await expect(panel(page).getByTestId('lesson-hint')).toHaveCount(2);
  await expect(panel(page).getByRole('button', { name: /Show hint/ })).toHaveCount(0);

  // Do the step in the function's configuration.
  await page.getByRole('tab', { name: 'Configuration' }).click();
  await page.getByLabel('Memory (MB)').fill('256');
  await page.getByRole('button', { name: 'Save configuration' }).click();
  await expect(status(page)).toHaveAttribute('data-status', 'done');
  await expect(status(page)).toContainText('Done');
  await expect(panel(page).getByTestId('lesson-progress')).toContainText('1 of 2 done');
  await expect(page.getByTestId('lessons-button-progress')).toHaveText('1/2');

  // On to step 2: not done until a warm start happens.
  await panel(page).getByRole('button', { name: 'Next →' }).click();
  await expect(panel(page).getByText('Step 2 of 2')).toBeVisible();
  await expect(status(page)).toHaveAttribute('data-status', 'not-yet');

  // A reload keeps where the learner is, what is done and the hints shown.
  await page.reload();
  await page.evaluate(() => window.playground.ready);
  await expect(panel(page).getByText('Step 2 of 2')).toBeVisible();
  await expect(panel(page).getByTestId('lesson-progress')).toContainText('1 of 2 done');
  await panel(page).getByRole('button', { name: 'Step 1: Raise the memory' }).click();
  await expect(status(page)).toHaveAttribute('data-status', 'done');
  await expect(panel(page).getByTestId('lesson-hint')).toHaveCount(2);
});

test('the panel at desktop and phone widths', async ({ page }) => {
  test.slow();
  await openProjectWithLesson(page);
  await expect(status(page)).toHaveAttribute('data-status', 'not-yet');
  await panel(page).getByRole('button', { name: /Show hint 1 of 2/ }).click();
  await page.screenshot({ path: test.info().outputPath('lessons-1366.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(panel(page)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('lessons-390.png') });
  // Closing and reopening from the header.
  await panel(page).getByRole('button', { name: 'Close the lessons panel' }).click();
  await expect(panel(page)).toHaveCount(0);
  await page.getByTestId('lessons-button').click();
  await expect(panel(page)).toBeVisible();
});

test('an instructor imports a lesson file, edits a step in the form, and exports the lesson', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await page.evaluate(() => window.playground.ready);
  // A project without lessons: the panel opens from the header and offers the course lessons and an import.
  await expect(panel(page)).toHaveCount(0);
  await page.getByTestId('lessons-button').click();
  await expect(panel(page).getByText('This project has no lessons yet.')).toBeVisible();
  await expect(panel(page).getByRole('button', { name: 'Add: Hello, Lambda: cold and warm starts' })).toBeVisible();

  // A broken file is refused with what is wrong and where.
  const broken = { format: 'serverless-playground/lesson', version: 1, lesson: { ...LESSON, steps: [{ ...LESSON.steps[0], check: { kind: 'functionExists' } }] } };
  await panel(page).getByTestId('lesson-file-input').setInputFiles({ name: 'broken.lesson.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(panel(page).getByRole('alert')).toHaveText('This lesson has a problem: steps[0] (memory).check.name: is missing.');

  const file = { format: 'serverless-playground/lesson', version: 1, lesson: LESSON };
  await panel(page).getByTestId('lesson-file-input').setInputFiles({ name: 'memory.lesson.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(panel(page).getByRole('heading', { name: 'Raise the memory' })).toBeVisible();

  // Instructor mode: change the first step's English title in the form and save.
  await panel(page).getByRole('button', { name: 'Instructor' }).click();
  const first = panel(page).locator('details').first();
  await first.getByText('1. Raise the memory').click();
  await first.getByLabel('Step title (English)').fill('Give it 256 MB');
  await first.getByLabel('Memory (MB)').fill('512');
  await page.screenshot({ path: test.info().outputPath('lessons-editor-1366.png') });
  await panel(page).getByRole('button', { name: 'Save lesson' }).click();
  await expect(page.getByTestId('notice')).toContainText('Lesson saved in the project.');

  // Export hands out the edited lesson as a file that imports back.
  const [download] = await Promise.all([page.waitForEvent('download'), panel(page).getByRole('button', { name: 'Export lesson file' }).click()]);
  expect(download.suggestedFilename()).toBe('memory-lesson.lesson.json');
  const exported = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')));
  expect(exported.format).toBe('serverless-playground/lesson');
  expect(exported.lesson.steps[0].title).toEqual({ en: 'Give it 256 MB', ko: '메모리 늘리기' });
  expect(exported.lesson.steps[0].check).toEqual({ kind: 'functionExists', name: 'hello-world', memory: 512 });

  // The learner's view shows the edit, and the lesson is part of the project document (so it travels in links and exports).
  await panel(page).getByRole('button', { name: 'Learn' }).click();
  await expect(panel(page).getByRole('heading', { name: 'Give it 256 MB' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.playground.project.export().lessons?.[0]?.steps[0]?.title.en)).toBe('Give it 256 MB');
  // Autosave keeps the edit: it is there after a reload.
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await page.reload();
  await page.evaluate(() => window.playground.ready);
  await expect(panel(page).getByRole('heading', { name: 'Give it 256 MB' })).toBeVisible();
});
