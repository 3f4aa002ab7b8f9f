// Scene: the CloudWatch dashboard with two functions, an HTTP API in front of one, and a custom metric.
export default async function shoot(page) {
  await page.evaluate(async () => {
    const pg = window.playground;
    const api = `export const handler = async (event: { rawPath?: string }) => {
  console.log(JSON.stringify({ _aws: { Timestamp: Date.now(), CloudWatchMetrics: [{ Namespace: 'Shop', Dimensions: [['Service']], Metrics: [{ Name: 'Orders', Unit: 'Count' }] }] }, Service: 'cart', Orders: 1 + Math.floor(Math.random() * 3) }));
  await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40));
  return { statusCode: 200, body: 'ok' };
};
`;
    const worker = `export const handler = async (event: { fail?: boolean }) => {
  await new Promise((resolve) => setTimeout(resolve, 40 + Math.random() * 120));
  if (event.fail) throw new Error('Could not resize');
  return 'done';
};
`;
    await pg.lambda.createFunction({ FunctionName: 'shop-api', Code: { Files: { 'index.ts': api } } });
    await pg.lambda.createFunction({ FunctionName: 'thumbnailer', MemorySize: 1024, Code: { Files: { 'index.ts': worker } } });
    for (let minute = 0; minute < 9; minute++) {
      await pg.burst({ FunctionName: 'shop-api', Count: 8 + ((minute * 5) % 11), Payload: '{}' });
      await pg.burst({ FunctionName: 'thumbnailer', Count: 3 + (minute % 4), Payload: '{}' });
      if (minute % 4 === 2) await pg.burst({ FunctionName: 'thumbnailer', Count: 2, Payload: '{"fail":true}' });
      pg.clock.advance(60_000);
    }
  });
  await page.getByRole('navigation', { name: 'CloudWatch' }).getByText('Dashboard', { exact: true }).click();
  await page.locator('[data-chart="fn-invocations"] canvas').waitFor();
  await page.getByLabel('Time range').selectOption({ label: 'Last 15 minutes' });
  await page.getByTestId('metrics-dashboard').evaluate((el) => el.scrollTo(0, 0));
  await page.waitForTimeout(300);
}
