// Permissions: a function reads its settings from S3 because its role allows s3:GetObject on the
// bucket. Take that statement away and the same call fails with S3's AccessDenied, naming the
// role and the action; put it back and the function works again.
import { CREATED, exampleFunction, exampleProject, exampleRole, testEvent } from './build';
import { expect, invokeJson, type Scenario } from './scenario';

const POLICY_NAME = 'read-app-config';
const POLICY = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::app-config/*' };

const HANDLER = `// Reads config.json from the app-config bucket. Needs s3:GetObject on arn:aws:s3:::app-config/*
// in its execution role: remove it in the Permissions tab to see AccessDenied.
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client({});

export const handler = async () => {
  const object = await s3.send(new GetObjectCommand({ Bucket: 'app-config', Key: 'config.json' }));
  const config = JSON.parse(await object.Body!.transformToString());
  return { greeting: config.greeting, features: config.features };
};
`;

const project = () => exampleProject('IAM: AccessDenied', {
  functions: [exampleFunction('read-config', 'Reads config.json from S3 under its role.', HANDLER, { testEvents: [testEvent('empty', {})] })],
  buckets: [{
    name: 'app-config', creationDate: CREATED, notificationConfiguration: {},
    seedObjects: [{ key: 'config.json', body: JSON.stringify({ greeting: 'Welcome to the workshop', features: ['thumbnails', 'feeds'] }, null, 2), contentType: 'application/json' }],
  }],
  roles: [exampleRole('read-config', 'AROAEXAMPLEREADCONF1', [POLICY], POLICY_NAME)],
});

export const scenario: Scenario = {
  project,
  async run(api, step) {
    await step('Invoke: the role allows s3:GetObject', async () => {
      const { body, out } = await invokeJson(api, 'read-config', {});
      expect(!out.FunctionError, `Expected success, got ${out.Payload}`);
      return `200 ${JSON.stringify(body)}`;
    });
    await step(`Remove the inline policy ${POLICY_NAME} from read-config-role`, async () => {
      await api.iam.deleteFunctionRolePolicy('read-config', POLICY_NAME);
      return `DeleteRolePolicy ${POLICY_NAME}: the role keeps only its logging permissions`;
    });
    await step('Invoke again: S3 answers AccessDenied', async () => {
      const { body, out } = await invokeJson(api, 'read-config', {});
      expect(out.FunctionError && body?.errorType === 'AccessDenied', `Expected AccessDenied, got ${out.Payload}`);
      return `${body.errorType}: ${body.errorMessage}`;
    });
    await step('Fix it: put the statement back', async () => {
      await api.iam.putFunctionRolePolicy('read-config', POLICY_NAME, JSON.stringify({ Version: '2012-10-17', Statement: [POLICY] }, null, 2));
      const { body, out } = await invokeJson(api, 'read-config', {});
      expect(!out.FunctionError, `Expected success after the fix, got ${out.Payload}`);
      return `PutRolePolicy ${POLICY_NAME} → invoke → 200 ${JSON.stringify(body)}`;
    });
  },
};
