// An EventBridge schedule in the browser: a cron rule made in the Rules panel shows its next five
// firings, the playground clock brings the next one in seconds and the target gets EventBridge's
// exact Scheduled Event; a paused clock and a disabled rule fire nothing; a bad expression is
// refused with the field it is wrong in, and the saved rule stays as it was.
import { expect, test, type Page } from '@playwright/test';
import { openPlayground } from './helpers';
import { RECORDER, UUID, createFunctionWithCode, nav, openFunction, shot, waitForEvents } from './messaging-helpers';

const RULE_ARN = 'arn:aws:events:us-east-1:123456789012:rule/noon-report';
const clock = (page: Page) => page.getByRole('group', { name: 'Playground clock' });
const lastFirings = (page: Page) => page.getByTestId('last-firings').locator('li');
/** The playground clock's time as the header shows it, in epoch ms. */
const clockTime = async (page: Page) => Date.parse(((await page.getByTestId('clock-time').textContent()) ?? '').replace(' UTC', 'Z').replace(' ', 'T'));

test('a cron rule made in the Rules panel fires its target with the Scheduled Event on the playground clock', async ({ page }) => {
  test.setTimeout(300_000);
  await openPlayground(page);
  await createFunctionWithCode(page, 'noon-job', RECORDER);

  // The empty state, then the rule with its next firings shown as the expression is typed.
  await expect(nav(page, 'Rules')).toContainText('No rules yet.');
  await shot(page, 'rules-empty');
  await nav(page, 'Rules').getByRole('button', { name: 'New rule' }).click();
  await nav(page, 'Rules').getByLabel('Rule name').fill('noon-report');
  await nav(page, 'Rules').getByLabel('Schedule expression').fill('cron(0 12 * * * *)');
  await expect(nav(page, 'Rules').getByTestId('schedule-error')).toHaveText("day-of-week: '?' is needed in day-of-month or day-of-week");
  await shot(page, 'rules-create-error');
  await nav(page, 'Rules').getByLabel('Schedule expression').fill('cron(0 12 * * ? *)');
  await expect(nav(page, 'Rules').getByTestId('schedule-error')).toHaveCount(0);
  await expect(nav(page, 'Rules').getByText(/^Next: /)).toHaveText(/^Next: (\d{4}-\d\d-\d\d 12:00 UTC(, )?){3}$/);
  await nav(page, 'Rules').getByRole('button', { name: 'Create rule' }).click();
  await expect(page.getByTestId('rule-name')).toHaveText('noon-report');
  await expect(nav(page, 'Rules').getByRole('button', { name: /noon-report/ })).toContainText('cron(0 12 * * ? *)');

  // The next five firings: noon UTC on five days in a row, the first within a day of the clock's time.
  const rows = page.getByTestId('next-firings').locator('tbody tr');
  await expect(rows).toHaveCount(5);
  const utc = (await rows.locator('td:nth-child(2)').allTextContents()).map((t) => Date.parse(t.replace(' UTC', ':00Z').replace(' ', 'T')));
  for (const [i, t] of utc.entries()) {
    expect(new Date(t).toISOString()).toMatch(/T12:00:00\.000Z$/);
    if (i > 0) expect(t - utc[i - 1]!).toBe(86_400_000);
  }
  const now = await clockTime(page);
  expect(utc[0]! - now).toBeGreaterThan(0);
  expect(utc[0]! - now).toBeLessThanOrEqual(86_400_000);
  await expect(page.getByText('Not fired yet.')).toBeVisible();

  // The target, with the permission EventBridge needs to invoke it, as the console adds it.
  await page.getByRole('tab', { name: /^Targets/ }).click();
  await expect(page.getByText('No targets: the rule fires but nothing is invoked.')).toBeVisible();
  await page.getByRole('button', { name: '+ Add target' }).click();
  await page.getByLabel('Target function').selectOption('noon-job');
  await page.getByRole('button', { name: 'Add target', exact: true }).click();
  await expect(page.getByTestId('target-permission')).toContainText('EventBridge is not allowed to invoke noon-job for this rule');
  await page.getByRole('button', { name: /^Add permission/ }).click();
  await expect(page.getByTestId('target-permission')).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Targets (1)' })).toBeVisible();
  await shot(page, 'rules-targets');

  // One "Jump to the next timer" fires the rule, however far away its noon is: the clock lands on the firing time.
  await page.getByRole('tab', { name: 'Overview' }).click();
  await shot(page, 'rules-overview');
  const jump = clock(page).getByRole('button', { name: 'Jump to the next timer' });
  await expect(jump).toHaveAttribute('title', `Jump to ${new Date(utc[0]!).toISOString().slice(0, 19)}Z`);
  await jump.click();
  await expect(lastFirings(page)).toHaveCount(1);
  const firstFiring = new Date(utc[0]!).toISOString().replace('.000Z', 'Z');
  await expect(lastFirings(page).first()).toContainText(`${firstFiring.replace('T', ' ').slice(0, 16)} UTC · schedule · 1 target`);
  expect(await clockTime(page)).toBeGreaterThanOrEqual(utc[0]!);

  // The function got the Scheduled Event, field for field.
  await openFunction(page, 'noon-job');
  const [event] = await waitForEvents(page, 1);
  expect(event).toEqual({
    version: '0', id: expect.stringMatching(UUID), 'detail-type': 'Scheduled Event', source: 'aws.events', account: '123456789012',
    time: firstFiring, region: 'us-east-1', resources: [RULE_ARN], detail: {},
  });
  expect(Object.keys(event as object)).toEqual(['version', 'id', 'detail-type', 'source', 'account', 'time', 'region', 'resources', 'detail']);

  // Paused at an hour per second, the clock stands still and nothing fires; resumed, the next day's noon comes.
  await nav(page, 'Rules').getByRole('button', { name: /noon-report/ }).click();
  await clock(page).getByLabel('Clock speed').selectOption('3600');
  await clock(page).getByRole('button', { name: 'Pause the clock' }).click();
  await expect(clock(page).getByRole('button', { name: 'Resume the clock' })).toHaveAttribute('aria-pressed', 'true');
  const pausedAt = await page.getByTestId('clock-time').textContent();
  await page.waitForTimeout(3000);
  await expect(page.getByTestId('clock-time')).toHaveText(pausedAt!);
  await expect(lastFirings(page)).toHaveCount(1);
  await clock(page).getByRole('button', { name: 'Resume the clock' }).click();
  await expect(page.getByTestId('clock-time')).not.toHaveText(pausedAt!);
  await expect(lastFirings(page)).toHaveCount(2, { timeout: 90_000 });
  const secondFiring = new Date(utc[1]!).toISOString().replace('.000Z', 'Z');
  await expect(lastFirings(page).first()).toContainText(`${secondFiring.replace('T', ' ').slice(0, 16)} UTC`);
  await clock(page).getByLabel('Clock speed').selectOption('1');
  await expect(jump).toHaveAttribute('title', `Jump to ${new Date(utc[2]!).toISOString().slice(0, 19)}Z`);
  await jump.click();
  await expect(lastFirings(page)).toHaveCount(3);
  await expect(lastFirings(page).first()).toContainText(`${new Date(utc[2]!).toISOString().slice(0, 16).replace('T', ' ')} UTC`);

  // A cron expression with * in both day fields is refused, naming the field; the saved rule is unchanged.
  await page.getByLabel('Schedule expression').fill('cron(0 12 * * * *)');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('schedule-error')).toHaveText(
    "day-of-week: '?' is needed in day-of-month or day-of-week — ValidationException: Parameter ScheduleExpression is not valid.",
  );
  await expect(page.getByLabel('Schedule expression')).toHaveAttribute('aria-invalid', 'true');
  await shot(page, 'rules-error');
  await expect(nav(page, 'Rules').getByRole('button', { name: /noon-report/ })).toContainText('cron(0 12 * * ? *)');
  await page.getByRole('tab', { name: /^Targets/ }).click();
  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(page.getByLabel('Schedule expression')).toHaveValue('cron(0 12 * * ? *)');
  await expect(page.getByTestId('next-firings').locator('tbody tr')).toHaveCount(5);
  await expect(page.getByTestId('next-firings').locator('tbody tr').first()).toContainText(`${new Date(utc[3]!).toISOString().slice(0, 10)} 12:00 UTC`);

  // Disabled, the rule has no next firing: nothing is left for the clock to jump to, and its noon passes without a firing.
  await page.getByRole('switch', { name: 'Enabled' }).uncheck();
  await expect(page.getByText('The rule is disabled: it does not fire.', { exact: false })).toBeVisible();
  await expect(nav(page, 'Rules').getByRole('button', { name: /noon-report/ })).toContainText('disabled');
  await expect(jump).toBeDisabled();
  await clock(page).getByLabel('Clock speed').selectOption('3600');
  await expect.poll(() => clockTime(page), { timeout: 90_000 }).toBeGreaterThan(utc[3]! + 3_600_000);
  await expect(lastFirings(page)).toHaveCount(3);
  await clock(page).getByLabel('Clock speed').selectOption('1');
  await nav(page, 'Rules').getByRole('button', { name: /noon-report/ }).click();
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'rules-390');
  await openFunction(page, 'noon-job');
  expect((await waitForEvents(page, 3)).map((e) => (e as { time: string }).time)).toEqual(utc.slice(0, 3).map((t) => new Date(t).toISOString().replace('.000Z', 'Z')));

  // Deleted (its target first, as the console does), the rule leaves the Rules panel empty again.
  await page.setViewportSize({ width: 1366, height: 860 });
  await nav(page, 'Rules').getByRole('button', { name: /noon-report/ }).click();
  await page.getByRole('button', { name: 'Delete rule…' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Delete noon-report?' })).toContainText('Delete the rule noon-report and its 1 target?');
  await page.getByRole('button', { name: 'Delete rule', exact: true }).click();
  await expect(page.getByText('No rule selected')).toBeVisible();
  await expect(nav(page, 'Rules')).toContainText('No rules yet.');
  await shot(page, 'rules-none-selected');
});
