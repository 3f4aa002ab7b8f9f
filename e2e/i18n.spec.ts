// The interface in Korean: picked from the browser, switched from the header and remembered, and
// with no English label left in the function workbench, the project dialogs and the front end.
import { expect, test, type Page } from '@playwright/test';
import { expectNoLeftovers, untranslatedIn, watchLateMessages, type Leftover } from './i18n-helpers';
import { openPlayground } from './helpers';

async function openInKorean(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => window.playground.ready);
  await expect(page.getByTestId('compiler-status')).toHaveText('컴파일러 준비됨');
}

/** The project's own names (function, test event, alias, project), which stay as they were written. */
async function ownNames(page: Page): Promise<string[]> {
  const functions = await page.evaluate(async () => (await window.playground.lambda.listFunctions()).Functions.map((f) => f.FunctionName));
  // `live` is the alias the examples and the Versions tab name.
  return [...functions, 'greet-ana', 'live', (await page.getByTestId('project-button').textContent()) ?? ''];
}

test.describe('a Korean browser', () => {
  test.use({ locale: 'ko-KR' });

  test('starts in Korean', async ({ page }) => {
    await openInKorean(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('tab', { name: '코드' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('button', { name: /^배포/ })).toBeVisible();
    await expect(page.getByLabel('인터페이스 언어 바꾸기')).toHaveValue('ko');
  });

  test('leaves no English label in the function workbench, the project dialogs and the front end', async ({ page }) => {
    // Many panels, each walked: longer than one click-through.
    test.setTimeout(180_000);
    const late = watchLateMessages(page);
    await openInKorean(page);
    const names = await ownNames(page);
    const header = page.locator('header').first();
    const functionsNav = page.getByRole('navigation', { name: '함수', exact: true });
    const siteNav = page.getByRole('navigation', { name: '프런트엔드', exact: true });
    const main = page.locator('main');
    const notice = page.getByTestId('notice');
    const found: Leftover[] = [];

    // Deployed and tested, so the result, the logs and (while it lasts) the notice are on screen too.
    await page.getByRole('button', { name: /^배포/ }).click();
    await expect(page.getByRole('button', { name: /^배포/ })).toBeEnabled();
    await page.getByRole('button', { name: /^테스트/ }).click();
    await expect(page.getByTestId('result-status')).toHaveText('성공');
    found.push(...(await untranslatedIn([header, notice, functionsNav, siteNav, main], names)));

    await functionsNav.getByRole('button', { name: '+ 생성' }).click();
    found.push(...(await untranslatedIn([functionsNav], names)));
    await functionsNav.getByRole('button', { name: '+ 생성' }).click();

    for (const [tab, panel] of [
      ['구성', '구성'], ['권한', '권한'], ['트리거', '트리거'], ['비동기 호출', '비동기 호출'], ['버전', '버전 및 별칭'], ['실행 환경', '실행 환경'],
    ] as const) {
      await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      await expect(main.getByLabel(panel, { exact: true }).first()).toBeVisible();
      found.push(...(await untranslatedIn([main], names)));
    }
    // The add forms of the Permissions tab.
    await page.getByRole('tab', { name: '권한' }).click();
    await main.getByRole('button', { name: '권한 추가' }).click();
    found.push(...(await untranslatedIn([main], names)));

    await page.getByTestId('project-button').click();
    found.push(...(await untranslatedIn([page.getByTestId('project-menu')], names)));
    await page.getByTestId('project-menu').getByRole('button', { name: '링크 공유…' }).click();
    const share = page.getByTestId('share-dialog');
    await expect(share.getByTestId('share-advice')).toBeVisible();
    await share.getByText('페이지에 삽입').click();
    found.push(...(await untranslatedIn([share], names)));
    await page.keyboard.press('Escape');

    await siteNav.getByRole('button').click();
    found.push(...(await untranslatedIn([main], names)));
    await main.getByRole('button', { name: '시작용 프런트엔드 만들기' }).click();
    await expect(main.getByRole('heading', { name: '미리 보기' })).toBeVisible();
    found.push(...(await untranslatedIn([main, siteNav], names)));
    // After a reload the page waits to be run.
    await expect(page.getByTestId('save-state')).toHaveText('모든 변경 사항 저장됨');
    await page.reload();
    await page.evaluate(() => window.playground.ready);
    await siteNav.getByRole('button').click();
    await expect(main.getByRole('button', { name: '페이지 실행' })).toBeVisible();
    found.push(...(await untranslatedIn([main], names)));

    expectNoLeftovers(found, 'the Korean functions, projects and front-end panels');
    expect(late).toEqual([]);
  });
});

test('switching to Korean changes the labels at once and survives a reload', async ({ page }) => {
  test.setTimeout(150_000);
  await openPlayground(page);
  await expect(page.getByRole('button', { name: /^Deploy/ })).toBeVisible();
  await page.getByLabel('Switch the interface language').selectOption({ label: '한국어' });
  // No reload: the page re-renders in Korean (slowly on a busy machine, hence the wait).
  await expect(page.getByRole('button', { name: /^배포/ })).toBeVisible({ timeout: 45_000 });
  await expect(page.getByRole('tab', { name: '구성' })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText(/저장/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');

  await page.reload();
  await openInKorean(page);
  await expect(page.getByLabel('인터페이스 언어 바꾸기')).toHaveValue('ko');

  // And back: English again, at once.
  await page.getByLabel('인터페이스 언어 바꾸기').selectOption({ label: 'English' });
  await expect(page.getByRole('button', { name: /^Deploy/ })).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('compiler-status')).toHaveText('Compiler ready');
  // The walker sees English where there is English (so an empty list above means something).
  const english = await untranslatedIn([page.locator('main')]);
  expect(english.map((leftover) => leftover.text)).toEqual(expect.arrayContaining(['Deploy', 'Test event']));
});
