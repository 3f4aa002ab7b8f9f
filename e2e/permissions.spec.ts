// The Permissions tab: the execution role the console creates, an inline policy edited as JSON whose
// problems are located and keep it from being saved, and the resource-based policy's statements.
import { expect, test } from '@playwright/test';
import { openPlayground, setEditorText } from './helpers';

test('a role policy with a mistake shows where it is and is not saved; fixed, it is', async ({ page }) => {
  await openPlayground(page);
  await page.evaluate(() => window.playground.lambda.createFunction({ FunctionName: 'reader', Code: { Files: { 'index.mjs': 'export const handler = async () => 1;' } } }));
  await page.getByRole('navigation', { name: 'Functions' }).getByRole('button', { name: /^reader/ }).click();
  await page.getByRole('tab', { name: 'Permissions' }).click();
  await expect(page.getByTestId('role-name')).toHaveText('reader-role');
  // The console's role: basic execution (logs) only.
  await expect(page.getByTestId('policy-editor')).toHaveCount(1);
  await expect(page.getByTestId('policy-editor')).toContainText('AWSLambdaBasicExecutionRole-');

  await page.getByLabel('New policy name').fill('read-photos');
  await page.getByRole('button', { name: 'Add policy' }).click();
  const policy = page.getByRole('article', { name: 'Policy read-photos' });
  await expect(policy).toContainText('not saved yet');
  const document = ['{', '  "Version": "2012-10-17",', '  "Statement": [', '    { "Effect": "Alow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::photos/*" }', '  ]', '}'].join('\n');
  await setEditorText(page, 'Policy read-photos', document);
  const problems = policy.getByTestId('policy-problems');
  await expect(problems).toContainText('Statement[0].Effect');
  await expect(problems).toContainText(/\(line 4, column \d+\)/);
  // The editor marks the place too.
  await expect(policy.locator('.cm-lintRange-error')).toHaveCount(1);
  await policy.getByRole('button', { name: 'Save' }).click();
  await expect(policy.getByTestId('policy-error')).toContainText('Not saved: 1 problem to fix first');
  const names = () => page.evaluate(async () => (await window.playground.iam.getFunctionRole('reader')).inlinePolicies.map((p) => p.policyName));
  expect(await names()).not.toContain('read-photos');

  // A JSON mistake is located as well.
  await setEditorText(page, 'Policy read-photos', document.replace('"Alow"', '"Allow"').replace('"Action":', '"Action"'));
  await expect(problems).toContainText('JSON syntax');
  await expect(problems).toContainText('line 4');

  await setEditorText(page, 'Policy read-photos', document.replace('"Alow"', '"Allow"'));
  await expect(problems).toHaveCount(0);
  await policy.getByRole('button', { name: 'Save' }).click();
  await expect(policy).toContainText('saved');
  await expect(policy.getByTestId('policy-error')).toHaveCount(0);
  expect(await names()).toContain('read-photos');
  const saved = await page.evaluate(async () => (await window.playground.iam.getFunctionRole('reader')).inlinePolicies.find((p) => p.policyName === 'read-photos')!.document);
  expect(JSON.parse(saved).Statement[0].Effect).toBe('Allow');
});

test('permissions to invoke: add one for API Gateway from the form, and remove it', async ({ page }) => {
  await openPlayground(page);
  await page.evaluate(() => window.playground.lambda.createFunction({ FunctionName: 'target', Code: { Files: { 'index.mjs': 'export const handler = async () => 1;' } } }));
  await page.getByRole('navigation', { name: 'Functions' }).getByRole('button', { name: /^target/ }).click();
  await page.getByRole('tab', { name: 'Permissions' }).click();
  const statements = page.getByTestId('statements-table');
  await expect(statements).toContainText('No statements');
  await page.getByRole('button', { name: 'Add permission' }).click();
  await page.getByLabel('Permission principal').selectOption({ label: 'API Gateway (an API)' });
  await page.getByLabel('Source ARN').fill('arn:aws:execute-api:us-east-1:123456789012:abc123/*');
  await page.getByLabel('Statement id').fill('from-my-api');
  await page.getByRole('form', { name: 'Add permission' }).getByRole('button', { name: 'Add permission' }).click();
  await expect(statements).toContainText('from-my-api');
  await expect(statements).toContainText('apigateway.amazonaws.com');
  await expect(statements).toContainText('arn:aws:execute-api:us-east-1:123456789012:abc123/*');
  const policy = await page.evaluate(() => window.playground.lambda.getPolicy({ FunctionName: 'target' }));
  expect(JSON.parse(policy.Policy).Statement[0].Sid).toBe('from-my-api');
  await page.getByRole('button', { name: 'Remove statement from-my-api' }).click();
  await expect(statements).toContainText('No statements');
});
