// The example every Lambda course starts with: upload a photo to one bucket, a function makes a
// thumbnail in another — an S3 trigger, the SDK inside a handler, and the permissions both need.
import { ACCOUNT_ID, functionArn } from '../../engine/ids';
import { basicExecutionPolicy } from '../../engine/iam/roles';
import { permissionStatement } from '../../engine/iam/function-policy';
import { PROJECT_FORMAT, PROJECT_VERSION, type ProjectDoc } from '../../project/types';
import { samplePhoto } from './sample-photo';
import { waitFor, type Scenario } from './scenario';

const HANDLER = `// Makes a thumbnail of every image uploaded to the photos bucket.
// createImageBitmap and OffscreenCanvas are what a browser worker has for images; on AWS Lambda
// (Node.js) you would use a library such as sharp for the same three steps.
import { S3Client, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';

const s3 = new S3Client({});
const MAX_SIDE = Number(process.env.MAX_SIDE ?? 160);

export const handler = async (event: S3Event) => {
  for (const record of event.Records) {
    const bucket = record.s3.bucket.name;
    // Keys arrive URL-encoded, with spaces as '+'.
    const key = decodeURIComponent(record.s3.object.key.replace(/\\+/g, ' '));

    const original = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    const bytes = await original.Body!.transformToByteArray();
    const image = await createImageBitmap(new Blob([bytes], { type: original.ContentType }));

    const scale = Math.min(1, MAX_SIDE / Math.max(image.width, image.height));
    const width = Math.max(1, Math.round(image.width * scale));
    const height = Math.max(1, Math.round(image.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext('2d')!.drawImage(image, 0, 0, width, height);
    const thumbnail = await canvas.convertToBlob({ type: 'image/png' });

    const thumbKey = 'thumbs/' + key.replace(/\\.[^./]+$/, '') + '.png';
    await s3.send(new PutObjectCommand({
      Bucket: process.env.THUMBNAIL_BUCKET,
      Key: thumbKey,
      Body: new Uint8Array(await thumbnail.arrayBuffer()),
      ContentType: 'image/png',
    }));
    console.log(\`Made a \${width}×\${height} thumbnail of s3://\${bucket}/\${key} at s3://\${process.env.THUMBNAIL_BUCKET}/\${thumbKey}\`);
  }
};
`;

const FUNCTION = 'make-thumbnail';
const ROLE = `${FUNCTION}-role`;

/** The role the function runs as: basic logging plus reading photos and writing thumbnails. */
function role() {
  const s3Access = {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'ReadPhotos', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::photos/*' },
      { Sid: 'WriteThumbnails', Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::thumbnails/*' },
    ],
  };
  return {
    roleName: ROLE,
    path: '/service-role/',
    roleId: 'AROAEXAMPLETHUMBNAILS',
    createDate: Date.UTC(2026, 10, 22),
    inlinePolicies: [basicExecutionPolicy(FUNCTION), { policyName: 'photos-to-thumbnails', document: JSON.stringify(s3Access, null, 2) }],
  };
}

/** An S3 notification for a photo in the bucket (upload one first: the function reads it). */
const s3PutEvent = () => ({
  Records: [{
    eventVersion: '2.1', eventSource: 'aws:s3', awsRegion: 'us-east-1', eventTime: '2026-12-07T12:00:00.000Z', eventName: 'ObjectCreated:Put',
    userIdentity: { principalId: 'EXAMPLE' }, requestParameters: { sourceIPAddress: '127.0.0.1' },
    responseElements: { 'x-amz-request-id': 'EXAMPLE123456789', 'x-amz-id-2': 'EXAMPLE123/5678abcdefghijklambdaisawesome/mnopqrstuvwxyzABCDEFGH' },
    s3: {
      s3SchemaVersion: '1.0', configurationId: 'thumbnail-png',
      bucket: { name: 'photos', ownerIdentity: { principalId: 'EXAMPLE' }, arn: 'arn:aws:s3:::photos' },
      object: { key: 'cat.png', size: 1024, eTag: '0123456789abcdef0123456789abcdef', sequencer: '0A1B2C3D4E5F678901' },
    },
  }],
});

/** A new copy of the example project. */
export function thumbnailExample(): ProjectDoc {
  const trigger = (suffix: string) => ({
    Id: `thumbnail-${suffix.slice(1)}`,
    LambdaFunctionArn: functionArn(FUNCTION),
    Events: ['s3:ObjectCreated:*'],
    Filter: { Key: { FilterRules: [{ Name: 'Suffix', Value: suffix }] } },
  });
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    name: 'S3 thumbnails',
    selected: FUNCTION,
    functions: [{
      name: FUNCTION,
      runtime: 'nodejs22.x',
      handler: 'index.handler',
      memorySize: 512,
      timeout: 15,
      environment: { THUMBNAIL_BUCKET: 'thumbnails', MAX_SIDE: '160' },
      description: 'Makes a PNG thumbnail of each image uploaded to the photos bucket.',
      files: { 'index.ts': HANDLER },
      testEvents: [{ name: 'photo-uploaded', json: `${JSON.stringify(s3PutEvent(), null, 2)}\n` }],
    }],
    apis: [],
    savedRequests: {},
    site: { files: {} },
    buckets: [
      { name: 'photos', creationDate: Date.UTC(2026, 10, 22), notificationConfiguration: { LambdaFunctionConfigurations: ['.jpg', '.jpeg', '.png'].map(trigger) } },
      { name: 'thumbnails', creationDate: Date.UTC(2026, 10, 22), notificationConfiguration: {} },
    ],
    roles: [role()],
    // What the console adds when a trigger is created: S3 may invoke the function for this bucket only.
    permissions: [{
      functionName: FUNCTION,
      statements: [permissionStatement(
        { FunctionName: FUNCTION, StatementId: 's3-photos-trigger', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::photos', SourceAccount: ACCOUNT_ID },
        functionArn(FUNCTION),
      )],
    }],
  };
}

/** Upload a photo, watch the trigger make its thumbnail. */
export const scenario: Scenario = {
  project: thumbnailExample,
  async run(api, step) {
    const key = `workshop/photo-${Date.now()}.png`;
    await step('Upload a photo to the photos bucket', async () => {
      await api.s3.putObject({ Bucket: 'photos', Key: key, Body: samplePhoto(), ContentType: 'image/png' });
      return `PutObject s3://photos/${key} (96×64 PNG): S3 invokes make-thumbnail (ObjectCreated:Put)`;
    });
    await step('make-thumbnail wrote the thumbnail', async () => {
      const thumbKey = `thumbs/${key.replace(/\.png$/, '')}.png`;
      const found = await waitFor(async () => {
        const { Contents = [] } = await api.s3.listObjectsV2({ Bucket: 'thumbnails', Prefix: 'thumbs/' });
        return Contents.find((o) => o.Key === thumbKey);
      }, `s3://thumbnails/${thumbKey}`);
      return `s3://thumbnails/${found.Key} (${found.Size} bytes)`;
    });
  },
};
