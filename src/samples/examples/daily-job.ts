// A scheduled job: an EventBridge rule with cron(0 12 * * ? *) invokes a function every day at
// 12:00 UTC, which writes that day's report to S3. The playground clock jumps to the next noon, so
// the learner does not wait a day.
import { functionArn } from '../../engine/ids';
import { ruleArn } from '../../engine/services/eventbridge/definitions';
import { CREATED, exampleFunction, exampleProject, exampleRole, servicePermission, testEvent } from './build';
import { expect, waitFor, type Scenario } from './scenario';

const RULE = 'daily-report-at-noon';

const HANDLER = `// Invoked by EventBridge at 12:00 UTC every day (cron(0 12 * * ? *)): writes the day's report.
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import type { ScheduledEvent } from 'aws-lambda';

const s3 = new S3Client({});

export const handler = async (event: ScheduledEvent) => {
  // The event's time is when the rule fired: on the playground clock, which can run ahead.
  const day = event.time.slice(0, 10);
  const report = { day, firedAt: event.time, rule: event.resources[0], summary: 'All systems normal' };
  await s3.send(new PutObjectCommand({
    Bucket: process.env.REPORTS_BUCKET, Key: \`reports/\${day}.json\`,
    Body: JSON.stringify(report, null, 2), ContentType: 'application/json',
  }));
  console.log(\`wrote reports/\${day}.json\`);
  return report;
};
`;

const project = () => exampleProject('Daily job', {
  functions: [exampleFunction('daily-report', 'Runs every day at 12:00 UTC and writes the day’s report to S3.', HANDLER, {
    environment: { REPORTS_BUCKET: 'daily-reports' }, timeout: 10,
    testEvents: [testEvent('scheduled-event', {
      version: '0', id: '53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa', 'detail-type': 'Scheduled Event', source: 'aws.events',
      account: '123456789012', time: '2026-12-07T12:00:00Z', region: 'us-east-1', resources: [ruleArn(RULE)], detail: {},
    })],
  })],
  buckets: [{ name: 'daily-reports', creationDate: CREATED, notificationConfiguration: {} }],
  rules: [{
    Name: RULE, ScheduleExpression: 'cron(0 12 * * ? *)', State: 'ENABLED', Description: 'The daily report, at noon UTC.',
    Targets: [{ Id: 'daily-report', Arn: functionArn('daily-report') }],
  }],
  roles: [exampleRole('daily-report', 'AROAEXAMPLEDAILYREP1', [{ Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::daily-reports/reports/*' }])],
  permissions: [servicePermission('daily-report', 'events-daily-report', 'events.amazonaws.com', ruleArn(RULE))],
});

export const scenario: Scenario = {
  project,
  async run(api, step) {
    let noon = 0;
    await step('When does the rule fire next?', async () => {
      const [next, after] = api.events.ruleFireTimes(RULE, 2);
      expect(next !== undefined && after !== undefined, 'The rule has no upcoming fire times: is it enabled?');
      noon = next;
      expect(new Date(next).getUTCHours() === 12 && after - next === 86_400_000, 'cron(0 12 * * ? *) should fire at 12:00 UTC, a day apart.');
      return `cron(0 12 * * ? *) → next ${new Date(next).toISOString()}, then ${new Date(after).toISOString()}`;
    });
    await step('Fast-forward the playground clock to that noon', async () => {
      // Timers due before noon (other schedules, queue delays) fire on the way.
      while (api.clock.state().now < noon) {
        const at = api.clock.stepToNext();
        if (at === undefined) break;
      }
      const firing = await waitFor(() => api.events.lastFirings(RULE)[0], 'the rule to fire');
      return `the clock is at ${new Date(api.clock.state().now).toISOString()}; the rule fired (${JSON.stringify(firing).slice(0, 80)}…)`;
    });
    await step('The function wrote the day’s report to S3', async () => {
      const key = `reports/${new Date(noon).toISOString().slice(0, 10)}.json`;
      const listed = await waitFor(async () => {
        const { Contents = [] } = await api.s3.listObjectsV2({ Bucket: 'daily-reports', Prefix: 'reports/' });
        return Contents.find((o) => o.Key === key);
      }, `s3://daily-reports/${key}`);
      return `s3://daily-reports/${listed.Key} (${listed.Size} bytes)`;
    });
  },
};
