// `@aws-sdk/client-s3` inside the sandbox: S3Client, the commands the playground's S3 serves, the
// aggregated S3 class, paginateListObjectsV2 and the modeled exceptions. Shapes are SDK v3's.
import type { SdkErrorInfo } from '../../../src/engine/sdk/types';
import { toWireBody } from './body';
import { aggregateClient, defineClient, defineCommand, sdkPackage, type ClientDeps, type CommandClass, type OperationSpec } from './client';
import { exceptionClass, serviceBase, toException } from './errors';
import { blobBody } from './stream-mixin';

const BUCKET = ['Bucket'] as const;
const OBJECT = ['Bucket', 'Key'] as const;

const OPERATIONS: OperationSpec[] = [
  { operation: 'CreateBucket', labels: BUCKET },
  { operation: 'DeleteBucket', labels: BUCKET },
  { operation: 'ListBuckets' },
  { operation: 'HeadBucket', labels: BUCKET },
  {
    operation: 'PutObject',
    labels: OBJECT,
    async prepare(input) {
      const { body, transfer } = await toWireBody(input.Body);
      return { input: { ...input, Body: body }, transfer };
    },
  },
  {
    operation: 'GetObject',
    labels: OBJECT,
    finish: (output) => ({ ...output, Body: blobBody(output.Body instanceof Blob ? output.Body : new Blob([])) }),
  },
  { operation: 'HeadObject', labels: OBJECT },
  { operation: 'DeleteObject', labels: OBJECT },
  { operation: 'DeleteObjects', labels: BUCKET },
  { operation: 'CopyObject', labels: [...OBJECT, 'CopySource'] },
  { operation: 'ListObjectsV2', labels: BUCKET },
  { operation: 'PutBucketNotificationConfiguration', labels: BUCKET },
  { operation: 'GetBucketNotificationConfiguration', labels: BUCKET },
];

export function createS3Module(deps: ClientDeps): Record<string, unknown> {
  const S3ServiceException = serviceBase('S3ServiceException');
  const modeled = Object.fromEntries(
    ['NoSuchKey', 'NoSuchBucket', 'NotFound', 'BucketAlreadyExists', 'BucketAlreadyOwnedByYou', 'InvalidObjectState', 'NoSuchUpload', 'ObjectNotInActiveTierError']
      .map((name) => [name, exceptionClass(S3ServiceException, name)]),
  );
  const S3Client = defineClient('S3Client', { service: 's3', toError: (info: SdkErrorInfo) => toException(info, modeled, S3ServiceException) }, deps);
  const commands: Record<string, CommandClass> = Object.fromEntries(OPERATIONS.map((spec) => [spec.operation, defineCommand('s3', spec)]));
  const ListObjectsV2Command = commands.ListObjectsV2!;

  /** Pages of ListObjectsV2, following NextContinuationToken while the listing is truncated. */
  async function* paginateListObjectsV2(config: { client: InstanceType<typeof S3Client>; pageSize?: number; startingToken?: string }, input: Record<string, unknown>) {
    if (!(config?.client instanceof S3Client)) throw new Error('Invalid client, expected S3 | S3Client');
    let token = config.startingToken;
    for (;;) {
      const page = (await config.client.send(new ListObjectsV2Command({
        ...input,
        ...(token !== undefined ? { ContinuationToken: token } : {}),
        ...(config.pageSize !== undefined ? { MaxKeys: config.pageSize } : {}),
      }))) as { IsTruncated?: boolean; NextContinuationToken?: string };
      yield page;
      if (!page.IsTruncated || !page.NextContinuationToken) return;
      token = page.NextContinuationToken;
    }
  }

  return sdkPackage('@aws-sdk/client-s3', {
    S3Client,
    S3: aggregateClient(S3Client, 'S3', commands),
    ...Object.fromEntries(Object.values(commands).map((Command) => [Command.name, Command])),
    paginateListObjectsV2,
    S3ServiceException,
    ...modeled,
  });
}
