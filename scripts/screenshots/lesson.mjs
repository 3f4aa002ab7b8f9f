// A lesson beside the workbench, in Korean: the first step done after a test invocation, the next one waiting.
export const locale = 'ko-KR';

export default async function shoot(page) {
  await page.getByTestId('gallery-button').click();
  await page.getByTestId('gallery').getByRole('button', { name: /^예제 Hello world.* 열기$/ }).first().click();
  await page.waitForURL(/project=/);
  await page.evaluate(() => window.playground.ready);
  await page.getByTestId('lessons-panel').waitFor();
  await page.getByRole('button', { name: /^테스트/ }).click();
  await page.getByText(/콜드 스타트/).first().waitFor();
}
