// Scene: a function's Monitoring tab after bursts over several minutes of playground time, some of them failing.
export default async function shoot(page) {
  await page.evaluate(async () => {
    const pg = window.playground;
    const code = `export const handler = async (event: { fail?: boolean }) => {
  await new Promise((resolve) => setTimeout(resolve, 15 + Math.random() * 70));
  if (event.fail) throw new Error('Payment declined');
  return { statusCode: 200, body: 'ok' };
};
`;
    await pg.lambda.createFunction({ FunctionName: 'checkout', MemorySize: 512, Code: { Files: { 'index.ts': code } } });
    for (let minute = 0; minute < 9; minute++) {
      await pg.burst({ FunctionName: 'checkout', Count: 6 + ((minute * 7) % 13), Payload: '{}' });
      if (minute % 3 === 1) await pg.burst({ FunctionName: 'checkout', Count: 1 + (minute % 4), Payload: '{"fail":true}' });
      pg.clock.advance(60_000);
    }
  });
  await page.getByRole('navigation', { name: 'Functions' }).getByText('checkout', { exact: true }).click();
  await page.getByRole('tab', { name: 'Monitoring' }).click();
  await page.locator('[data-chart="invocations"] canvas').waitFor();
  await page.getByLabel('Time range').selectOption({ label: 'Last 15 minutes' });
  await page.waitForTimeout(300);
}
