// The example gallery: a card per scenario of the course, each with its diagram.
export default async function shoot(page) {
  await page.getByTestId('gallery-button').click();
  await page.getByTestId('gallery').getByRole('listitem').first().waitFor();
  // The card diagrams load on first use.
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="gallery"] svg .node').length >= 6);
}
