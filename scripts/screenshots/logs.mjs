// Screenshot scene: CloudWatch Logs, a function's log group filtered with a JSON pattern, the
// matched values marked, beside the group's log streams.
export default async function shoot(page) {
  await page.evaluate(async () => {
    const { lambda } = window.playground;
    const code = `export const handler = async (event) => {
  console.log('ORDER received ' + event.id);
  console.log(JSON.stringify({ level: event.id % 3 === 0 ? 'error' : 'info', msg: event.id % 3 === 0 ? 'card declined' : 'charged', id: event.id, amount: event.id * 7 }));
  if (event.id % 4 === 0) console.warn('WARN stock low for item ' + event.id);
  return 'done';
};
`;
    await lambda.createFunction({ FunctionName: 'checkout', Code: { Files: { 'index.mjs': code } } });
    // Two at once start a second environment, so the group has two streams.
    for (let id = 1; id <= 12; id += 2) await Promise.all([id, id + 1].map((n) => lambda.invoke({ FunctionName: 'checkout', Payload: JSON.stringify({ id: n }) })));
    await window.playground.logs.putRetentionPolicy({ logGroupName: '/aws/lambda/checkout', retentionInDays: 14 });
  });
  await page.getByRole('navigation', { name: 'CloudWatch' }).getByRole('button', { name: /^Log groups/ }).click();
  await page.getByTestId('log-groups').getByRole('button', { name: '/aws/lambda/checkout' }).click();
  await page.getByLabel('Filter pattern').fill('{ $.level = "error" || $.amount > 60 }');
  await page.getByTestId('log-events').locator('.line').first().waitFor();
}
