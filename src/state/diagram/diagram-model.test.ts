import { describe, expect, it } from 'vitest';
import { functionArn } from '../../engine/ids';
import { queueArn } from '../../engine/services/sqs/definitions';
import { topicArn } from '../../engine/services/sns/definitions';
import { basicExecutionPolicy } from '../../engine/iam/roles';
import { PROJECT_FORMAT, PROJECT_VERSION, type ProjectDoc } from '../../project/types';
import { photoFeedExample } from '../../samples/examples/photo-feed';
import { thumbnailExample } from '../../samples/examples/thumbnail';
import { projectDiagram } from './diagram-model';
import { nodeIdOfArn } from './arn-nodes';

const edgesOf = (doc: ProjectDoc) => projectDiagram(doc).edges.map((e) => [e.kind, e.from, e.to, e.label ?? '']);

const fn = (name: string, extra: object = {}) => ({ name, runtime: 'nodejs22.x', handler: 'index.handler', memorySize: 128, timeout: 3, environment: {}, files: { 'index.mjs': '' }, testEvents: [], ...extra });

const base = (extra: Partial<ProjectDoc>): ProjectDoc => ({
  format: PROJECT_FORMAT, version: PROJECT_VERSION, name: 'x', functions: [], apis: [], savedRequests: {}, site: { files: {} }, ...extra,
});

describe('projectDiagram', () => {
  it('draws the thumbnail example: the bucket notification, and the calls the role allows (dashed)', () => {
    const diagram = projectDiagram(thumbnailExample());
    expect(diagram.nodes.map((n) => n.id)).toEqual(['function:make-thumbnail', 'bucket:photos', 'bucket:thumbnails']);
    expect(edgesOf(thumbnailExample())).toEqual([
      // Three notifications (one per suffix) to the same function merge into one edge.
      ['notification', 'bucket:photos', 'function:make-thumbnail', 'ObjectCreated:*'],
      ['permission', 'function:make-thumbnail', 'bucket:photos', 'GetObject'],
      ['permission', 'function:make-thumbnail', 'bucket:thumbnails', 'PutObject'],
    ]);
  });

  it('draws the photo-feed chain: routes, notification, stream mapping, and table calls (stream reading left out)', () => {
    const edges = edgesOf(photoFeedExample());
    expect(edges).toEqual(expect.arrayContaining([
      ['route', 'api:photofeed1', 'function:upload-photo', 'POST /photos'],
      ['route', 'api:photofeed1', 'function:get-feed', 'GET /feed/{userId}'],
      ['notification', 'bucket:photos', 'function:extract-metadata', 'ObjectCreated:*'],
      ['stream', 'table:photo-metadata', 'function:fan-out-feed', 'batch 10'],
      ['permission', 'function:extract-metadata', 'table:photo-metadata', 'PutItem'],
      ['permission', 'function:fan-out-feed', 'table:followers', 'Query'],
      ['permission', 'function:fan-out-feed', 'table:feeds', 'BatchWriteItem'],
    ]));
    // The stream permission is the poller's, not a call the code makes.
    expect(edges.filter(([kind, from, to]) => kind === 'permission' && from === 'function:fan-out-feed' && to === 'table:photo-metadata')).toEqual([]);
    expect(projectDiagram(photoFeedExample()).nodes.find((n) => n.id === 'table:photo-metadata')?.detail).toBe('stream: NEW_IMAGE');
  });

  it('draws queues, topics, rules, destinations, dead-letter queues and redrive policies', () => {
    const doc = base({
      functions: [fn('worker', { deadLetterTargetArn: queueArn('worker-dlq') }), fn('audit'), fn('nightly')],
      apis: [{ id: 'url1', name: 'worker-url', kind: 'url', payloadFormat: '2.0', routes: [{ routeKey: '$default', target: { functionName: 'worker' } }], stages: [], apiKeys: [], authorizers: [], createdDate: 0 }],
      queues: [
        { name: 'orders', visibilityTimeout: 30, redrivePolicy: { deadLetterTargetArn: queueArn('orders-dlq'), maxReceiveCount: 3 } },
        { name: 'orders-dlq' }, { name: 'worker-dlq' },
      ],
      topics: [{ name: 'events', attributes: {}, subscriptions: [
        { id: 'a', protocol: 'lambda', endpoint: functionArn('audit'), attributes: { FilterPolicy: '{"type":["order"]}' } },
        { id: 'b', protocol: 'sqs', endpoint: queueArn('orders'), attributes: {} },
      ] }],
      rules: [{ Name: 'daily', ScheduleExpression: 'cron(0 12 * * ? *)', State: 'ENABLED', Targets: [{ Id: '1', Arn: functionArn('nightly', 'live') }] }],
      eventSourceMappings: [{ UUID: 'u', FunctionName: 'worker', EventSourceArn: queueArn('orders'), BatchSize: 5 }],
      eventInvokeConfigs: [{ FunctionName: 'nightly', DestinationConfig: { OnSuccess: { Destination: topicArn('events') }, OnFailure: { Destination: queueArn('orders-dlq') } } }],
    });
    expect(edgesOf(doc)).toEqual([
      ['route', 'api:url1', 'function:worker', ''],
      ['poll', 'queue:orders', 'function:worker', 'batch 5'],
      ['subscription', 'topic:events', 'function:audit', 'filter policy'],
      ['subscription', 'topic:events', 'queue:orders', ''],
      ['target', 'rule:daily', 'function:nightly', ''],
      ['on-success', 'function:nightly', 'topic:events', ''],
      ['on-failure', 'function:nightly', 'queue:orders-dlq', ''],
      ['dead-letter', 'function:worker', 'queue:worker-dlq', ''],
      ['redrive', 'queue:orders', 'queue:orders-dlq', 'maxReceiveCount 3'],
    ]);
    const nodes = projectDiagram(doc).nodes;
    expect(nodes.find((n) => n.id === 'rule:daily')?.detail).toBe('cron(0 12 * * ? *)');
    expect(nodes.find((n) => n.id === 'api:url1')).toMatchObject({ label: 'worker URL', detail: 'Function URL' });
  });

  it('follows a role given by ARN, wildcards in actions and resources, a Deny of the service, and leaves a role with only logging out', () => {
    const doc = base({
      functions: [fn('writer', { role: 'arn:aws:iam::123456789012:role/shared' }), fn('quiet')],
      tables: [{ name: 'a', partitionKey: { name: 'id', type: 'S' } }, { name: 'b', partitionKey: { name: 'id', type: 'S' } }],
      topics: [{ name: 'alerts', attributes: {}, subscriptions: [] }],
      roles: [
        { roleName: 'shared', path: '/', inlinePolicies: [{ policyName: 'p', document: JSON.stringify({ Version: '2012-10-17', Statement: [
          { Effect: 'Allow', Action: 'dynamodb:*', Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/a' },
          { Effect: 'Allow', Action: ['sns:Publish'], Resource: '*' },
          { Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: '*' },
          { Effect: 'Deny', Action: 'dynamodb:*', Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/b' },
        ] }) }] },
        { roleName: 'quiet-role', path: '/service-role/', inlinePolicies: [basicExecutionPolicy('quiet')] },
      ],
    });
    expect(edgesOf(doc)).toEqual([
      ['permission', 'function:writer', 'table:a', '*, GetItem'],
      ['permission', 'function:writer', 'topic:alerts', 'Publish'],
    ]);
  });

  it('reaches a bucket through a policy on some of its keys only', () => {
    const doc = base({
      functions: [fn('report')],
      buckets: [{ name: 'daily-reports' }, { name: 'other' }],
      roles: [{ roleName: 'report-role', path: '/service-role/', inlinePolicies: [{ policyName: 'p', document: JSON.stringify({ Version: '2012-10-17', Statement: [
        { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::daily-reports/reports/*' },
      ] }) }] }],
    });
    expect(edgesOf(doc)).toEqual([['permission', 'function:report', 'bucket:daily-reports', 'PutObject']]);
  });

  it('leaves out references to resources the project does not have', () => {
    const doc = base({ functions: [fn('worker', { deadLetterTargetArn: queueArn('gone') })], rules: [{ Name: 'r', State: 'ENABLED', Targets: [{ Id: '1', Arn: functionArn('missing') }] }] });
    expect(projectDiagram(doc).edges).toEqual([]);
  });
});

describe('nodeIdOfArn', () => {
  it('names functions (qualified too), queues, topics, buckets, tables (streams too) of this account only', () => {
    expect(nodeIdOfArn(functionArn('f', 'live'))).toBe('function:f');
    expect(nodeIdOfArn('arn:aws:dynamodb:us-east-1:123456789012:table/t/stream/2026-11-22T00:00:00.000')).toBe('table:t');
    expect(nodeIdOfArn('arn:aws:s3:::photos')).toBe('bucket:photos');
    expect(nodeIdOfArn('arn:aws:sqs:eu-west-1:123456789012:q')).toBeUndefined();
    expect(nodeIdOfArn('arn:aws:sns:us-east-1:999999999999:t')).toBeUndefined();
    expect(nodeIdOfArn(42)).toBeUndefined();
  });
});
