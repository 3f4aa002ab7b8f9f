// The playground's own explanations in Korean: why a schedule expression is refused, what a SAM import
// changed or left out, what is wrong in a policy, and what is wrong with a cut-off share link. AWS's own
// names and messages stay.
import { expect, test, type Page } from '@playwright/test';
import { expectNoLeftovers, untranslatedIn } from './i18n-helpers';
import { setEditorText } from './helpers';
import { openMenu } from './project-helpers';

/** A template with parts the playground changes or leaves out, each giving a report line. */
const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: Orders app
Conditions:
  IsProd: !Equals [prod, prod]
Resources:
  OrdersFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: nodejs22.x
      Architectures: [arm64]
      Tracing: Active
      InlineCode: "exports.handler = async () => ({ ok: true });"
      Events:
        Nightly:
          Type: ScheduleV2
          Properties:
            ScheduleExpression: cron(0 3 * * ? *)
            ScheduleExpressionTimezone: Asia/Seoul
  OrdersCluster:
    Type: AWS::ECS::Cluster
`;

/** AWS's and the template's own words, which stay as they are written. */
const KEPT = [
  'AWS', 'ECS', 'Cluster', 'Conditions', 'Tracing', 'Architectures', 'ScheduleV2', 'EventBridge', 'Scheduler', 'Input', 'Scheduled', 'Event', 'Asia', 'Seoul',
  'Orders', 'app', 'OrdersFunction', 'OrdersCluster', 'Nightly', 'orders', 'template', 'SAM', 'UTC', 'cron',
];

async function openInKorean(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => window.playground.ready);
  await expect(page.getByTestId('compiler-status')).toHaveText('컴파일러 준비됨');
}

test.describe('a Korean browser', () => {
  test.use({ locale: 'ko-KR' });

  test("shows the playground's reasons in Korean: a refused schedule, a SAM import report, a policy problem, a cut-off share link", async ({ page }) => {
    test.setTimeout(180_000);
    await openInKorean(page);

    // A schedule expression with a day-of-month out of range: the field and the reason in Korean.
    const rules = page.getByRole('navigation', { name: '규칙', exact: true });
    await rules.getByRole('button', { name: '새 규칙' }).click();
    await rules.getByLabel('규칙 이름').fill('nightly');
    await rules.getByLabel('일정 표현식').fill('cron(0 12 32 * ? *)');
    await expect(rules.getByTestId('schedule-error')).toHaveText('일 필드: 32은(는) 범위를 벗어났습니다(1-31)');
    await rules.getByLabel('일정 표현식').fill('rate(1 minutes)');
    await expect(rules.getByTestId('schedule-error')).toHaveText('rate 단위: 값이 1이면 단수 단위를 씁니다: rate(1 minute)');
    // Creating it anyway: AWS's own answer stays as AWS words it, beside the reason.
    await rules.getByRole('button', { name: '규칙 생성' }).click();
    await expect(rules.getByText('ValidationException: Parameter ScheduleExpression is not valid.')).toBeVisible();
    await rules.getByRole('button', { name: '취소' }).click();

    // A SAM template's import report: every line in Korean, with AWS's names as they are.
    const menu = await openMenu(page);
    await menu.getByLabel('가져올 SAM 템플릿').setInputFiles({ name: 'template.yaml', mimeType: 'text/yaml', buffer: Buffer.from(TEMPLATE) });
    const report = page.getByTestId('import-dialog').getByTestId('import-report');
    await expect(report.locator('li')).toHaveCount(5);
    await expect(report).toContainText('Resources.OrdersCluster: AWS::ECS::Cluster 유형은 아직 지원하지 않아 제외했습니다');
    await expect(report).toContainText('Conditions: 지원하지 않으므로 무시했습니다(리소스는 조건과 관계없이 가져옵니다)');
    await expect(report).toContainText('여기서 cron 표현식은 Asia/Seoul이(가) 아닌 UTC 기준으로 실행됩니다');
    expectNoLeftovers(await untranslatedIn([report], KEPT), 'the SAM import report');
    await page.screenshot({ path: 'test-results/i18n-sam-import-report.png' });
    await page.getByTestId('import-dialog').getByRole('button', { name: '취소' }).click();

    // A policy with a misspelt Effect: the place and the reason in Korean, IAM's own answer in English.
    await page.locator('main').getByRole('tab', { name: '권한' }).click();
    await page.getByLabel('새 정책 이름').fill('read-photos');
    await page.getByRole('button', { name: '정책 추가' }).click();
    const policy = page.getByRole('article', { name: '정책 read-photos' });
    const document = ['{', '  "Version": "2012-10-17",', '  "Statement": [', '    { "Effect": "Alow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::photos/*" }', '  ]', '}'].join('\n');
    await setEditorText(page, '정책 read-photos', document);
    await expect(policy.getByTestId('policy-problems')).toHaveText(/^Statement\[0\]\.Effect: "Allow" 또는 "Deny"여야 합니다 \(4행 \d+열\) — IAM 메시지: Syntax errors in policy\.$/);

    // A share link cut off when it was copied: the headline and the detail in Korean.
    const link = await page.evaluate(() => window.playground.project.shareLink());
    await page.goto('about:blank');
    await page.goto(link.slice(0, -25));
    await page.evaluate(() => window.playground.ready);
    const notice = page.getByTestId('notice');
    await expect(notice).toContainText('이 링크는 완전하지 않습니다. 복사하는 중에 잘렸을 수 있습니다. 링크 전체나 프로젝트 파일을 요청하세요.');
    expectNoLeftovers(await untranslatedIn([notice]), 'the share link notice');
  });
});
