// The project's Diagram view of the photo → metadata → feed example.
export default async function shoot(page) {
  await page.getByTestId('gallery-button').click();
  await page.getByTestId('gallery').getByRole('button', { name: /^Open the example Photo/ }).first().click();
  await page.waitForURL(/project=/);
  await page.evaluate(() => window.playground.ready);
  await page.getByTestId('diagram-button').click();
  await page.getByTestId('diagram-view').locator('svg .node').first().waitFor();
}
