// The service panels in Korean: an API, a bucket, a table, a queue, a topic and a rule, each created
// by clicking through its Korean form, with their tabs, empty states, a validation error and a
// notice on screen, leave no English label (only AWS names, codes and the names typed here).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoLeftovers, untranslatedIn, watchLateMessages, type Leftover } from './i18n-helpers';

/** What the test types. */
const NAMES = ['My_Bucket', 'ko-fn', 'ko-api', 'ko-bucket', 'ko-table', 'ko-queue', 'ko-topic', 'ko-rule', 'note.txt', 'hello', 'hi'];
/**
 * AWS's own words as AWS writes them: services, data types, parameters, HTTP methods, stream
 * events (also where a Korean particle is attached, as in "API가"); the example names and header
 * names of placeholders; a schedule expression.
 */
const AWS_NAMES = [
  'API', 'HTTP', 'CORS', 'SDK', 'SNS', 'SQS', 'GET', 'INSERT', 'MODIFY', 'REMOVE', 'ARN', 'FIFO', 'Amazon', 'String', 'Number', 'Binary', 'ETag', 'Input', 'JSONPath',
  'my-api', 'my-photos', 'images', 'photos', 'jobs', 'orders', 'nightly-report', 'token-check', 'dev', 'x-api-key', 'content-type', 'authorization', 'x-request-id', 'rate(5 minutes)',
];

async function openInKorean(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => window.playground.ready);
  await expect(page.getByTestId('compiler-status')).toHaveText('컴파일러 준비됨');
  await page.evaluate(() =>
    window.playground.lambda.createFunction({
      FunctionName: 'ko-fn',
      Code: { Files: { 'index.mjs': 'export const handler = async (event) => ({ statusCode: 200, body: JSON.stringify({ id: event.pathParameters?.id }) });\n' } },
    }),
  );
}

test.describe('a Korean browser', () => {
  test.use({ locale: 'ko-KR' });

  test('leaves no English label in the API, S3, DynamoDB, SQS, SNS and EventBridge panels', async ({ page }) => {
    test.setTimeout(240_000);
    const late = watchLateMessages(page);
    await openInKorean(page);
    const nav = (name: string) => page.getByRole('navigation', { name, exact: true });
    const [apis, buckets, tables, queues, topics, rules] = ['API', '버킷', '테이블', '대기열', '주제', '규칙'].map(nav) as [Locator, Locator, Locator, Locator, Locator, Locator];
    const main = page.locator('main');
    const found: Leftover[] = [];
    // The workspace's own functions (the starter one included) are names too.
    const functions = await page.evaluate(async () => (await window.playground.lambda.listFunctions()).Functions.map((f) => f.FunctionName));
    const walk = async (...roots: Locator[]) => found.push(...(await untranslatedIn(roots, [...NAMES, ...functions, ...AWS_NAMES])));
    const tab = (name: string | RegExp) => main.getByRole('tab', { name }).click();

    // Every section's empty list, before anything exists.
    await expect(apis).toContainText('아직 API가 없습니다');
    await walk(apis, buckets, tables, queues, topics, rules);

    // An HTTP API: its create form, then each tab with its empty states, a route, and a request sent from the console.
    await apis.getByRole('button', { name: '새 API' }).click();
    await walk(apis);
    await apis.getByLabel('API 이름').fill('ko-api');
    await apis.getByRole('button', { name: 'API 생성' }).click();
    await expect(page.getByTestId('api-name')).toHaveText('ko-api');
    await walk(apis, main);
    await tab(/^라우팅/);
    await expect(main.getByTestId('routes-table')).toContainText('아직 라우팅이 없습니다');
    await walk(main);
    await main.getByLabel('라우팅 경로').fill('/items/{id}');
    await main.getByLabel('라우팅 함수').selectOption('ko-fn');
    await main.getByRole('button', { name: '라우팅 추가', exact: true }).click();
    await expect(main.getByTestId('routes-table')).toContainText('GET /items/{id}');
    await tab(/^스테이지/);
    await walk(main);
    await tab('액세스');
    await walk(main);
    await tab('콘솔');
    await main.getByLabel('요청 경로').fill('/items/7');
    await main.getByRole('button', { name: /^보내기/ }).click();
    await expect(page.getByTestId('response-status')).toHaveText('200');
    await expect(page.getByTestId('trace-logs')).toContainText('START RequestId');
    await walk(main);

    // A bucket: S3's naming rule as it is typed (a validation error), an empty bucket, a folder name refused, an upload and its details, notifications.
    await buckets.getByRole('button', { name: '새 버킷' }).click();
    await buckets.getByLabel('버킷 이름').fill('My_Bucket');
    await expect(page.getByTestId('bucket-name-error')).toHaveText(/^버킷 이름에는 소문자, 숫자/);
    await walk(buckets);
    await buckets.getByLabel('버킷 이름').fill('ko-bucket');
    await buckets.getByRole('button', { name: '버킷 생성' }).click();
    await expect(page.getByTestId('bucket-name')).toHaveText('ko-bucket');
    await expect(main).toContainText('이 버킷은 비어 있습니다.');
    await walk(buckets, main);
    await main.getByRole('button', { name: '폴더 만들기' }).click();
    await main.locator('form.inline').getByRole('button', { name: '폴더 만들기' }).click();
    await expect(main.getByRole('alert')).toHaveText('폴더 이름을 입력하세요.');
    await walk(main);
    await main.getByLabel('파일 업로드').setInputFiles({ name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect(main.getByTestId('object-row')).toHaveCount(1);
    await main.getByTestId('object-row').getByRole('button', { name: 'note.txt', exact: true }).click();
    await expect(page.getByTestId('text-preview')).toHaveText('hello');
    await walk(main);
    await tab(/^이벤트 알림/);
    await main.getByRole('button', { name: '알림 추가' }).click();
    await walk(main);

    // A table with a stream: no items, the item editor, the stream, a trigger form.
    await tables.getByRole('button', { name: '새 테이블' }).click();
    await tables.getByLabel('테이블 이름').fill('ko-table');
    await tables.getByLabel('스트림').selectOption('NEW_AND_OLD_IMAGES');
    await walk(tables);
    await tables.getByRole('button', { name: '테이블 생성' }).click();
    await expect(page.getByTestId('table-name')).toHaveText('ko-table');
    await expect(main).toContainText('이 테이블에는 항목이 없습니다.');
    await walk(tables, main);
    await main.getByRole('button', { name: '+ 항목 생성' }).click();
    await walk(main);
    await tab('스트림');
    await walk(main);
    await tab(/^트리거/);
    await main.getByRole('button', { name: '+ 트리거 추가' }).click();
    await walk(main);

    // A queue: a message sent and received, the settings, a trigger form.
    await queues.getByRole('button', { name: '새 대기열' }).click();
    await queues.getByLabel('대기열 이름').fill('ko-queue');
    await walk(queues);
    await queues.getByRole('button', { name: '대기열 생성' }).click();
    await expect(page.getByTestId('queue-name')).toHaveText('ko-queue');
    await expect(main).toContainText('아직 받은 메시지가 없습니다.');
    await walk(main);
    await main.getByRole('textbox', { name: '메시지 본문' }).click();
    await page.keyboard.insertText('hello');
    await main.getByRole('button', { name: '메시지 전송' }).click();
    await main.getByRole('button', { name: '메시지 폴링' }).click();
    await expect(main.getByTestId('received-message')).toHaveCount(1);
    await walk(main);
    await tab('설정');
    await walk(main);
    await tab(/^트리거/);
    await main.getByRole('button', { name: '+ 트리거 추가' }).click();
    await walk(main);

    // A topic: no subscriptions, the subscription form with its filter policy, a message published to nobody.
    await topics.getByRole('button', { name: '새 주제' }).click();
    await topics.getByLabel('주제 이름').fill('ko-topic');
    await walk(topics);
    await topics.getByRole('button', { name: '주제 생성' }).click();
    await expect(page.getByTestId('topic-name')).toHaveText('ko-topic');
    await expect(main).toContainText('구독이 없습니다.');
    await main.getByRole('button', { name: '+ 구독 추가' }).click();
    await walk(topics, main);
    await tab('메시지 게시');
    await main.getByRole('textbox', { name: '메시지', exact: true }).fill('hi');
    await main.getByRole('button', { name: '메시지 게시' }).click();
    await expect(main.getByTestId('recent-messages')).toContainText('구독 없음');
    await walk(main);

    // A scheduled rule: its next firings as typed, the overview, a target form, an event sent, and the notice when it is deleted.
    await rules.getByRole('button', { name: '새 규칙' }).click();
    await rules.getByLabel('규칙 이름').fill('ko-rule');
    await expect(rules).toContainText('다음:');
    await walk(rules);
    await rules.getByRole('button', { name: '규칙 생성' }).click();
    await expect(page.getByTestId('rule-name')).toHaveText('ko-rule');
    await expect(main.getByTestId('next-firings')).toBeVisible();
    await walk(rules, main);
    await tab(/^대상/);
    await main.getByRole('button', { name: '+ 대상 추가' }).click();
    await walk(main);
    await tab('이벤트 전송');
    await main.getByRole('button', { name: '이벤트 전송' }).click();
    await expect(main.getByTestId('sent-events')).toContainText('일치한 규칙 없음');
    await walk(main);
    await main.getByRole('button', { name: '규칙 삭제…' }).click();
    await walk(main);
    await main.getByRole('button', { name: '규칙 삭제', exact: true }).click();
    await expect(page.getByTestId('notice')).toHaveText(/규칙 ko-rule을\(를\) 삭제했습니다/);
    await walk(page.getByTestId('notice'));

    expectNoLeftovers(found, 'the Korean service panels');
    expect(late).toEqual([]);
  });
});
