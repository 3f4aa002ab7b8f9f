// The poll model end to end: an HTTP API puts notes into a DynamoDB table; the table's stream is
// read by an event source mapping that invokes a second function, which keeps running totals in
// another table, reporting the records it could not process (ReportBatchItemFailures).
import { basicExecutionPolicy } from '../../engine/iam/roles';
import { streamArn, tableArn } from '../../engine/services/dynamodb/definitions';
import { PROJECT_FORMAT, PROJECT_VERSION, type ProjectDoc } from '../../project/types';
import { expect, waitFor, type Scenario } from './scenario';

const CREATED = Date.UTC(2026, 10, 22);
const STREAM_LABEL = new Date(CREATED).toISOString().slice(0, 23);

const PUT_NOTE = `// POST /notes puts a note into the notes table; GET /notes lists them.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const TABLE = process.env.NOTES_TABLE!;

export const handler = async (event: APIGatewayProxyEventV2) => {
  if (event.requestContext.http.method === 'GET') {
    const { Items = [] } = await db.send(new ScanCommand({ TableName: TABLE }));
    return { statusCode: 200, body: JSON.stringify(Items) };
  }
  const { text } = JSON.parse(event.body ?? '{}');
  if (typeof text !== 'string' || text.trim() === '') {
    return { statusCode: 400, body: JSON.stringify({ message: 'Send {"text": "..."}' }) };
  }
  const note = { noteId: crypto.randomUUID(), text, createdAt: new Date().toISOString() };
  // The condition makes a put that would overwrite an existing note fail instead.
  await db.send(new PutCommand({ TableName: TABLE, Item: note, ConditionExpression: 'attribute_not_exists(noteId)' }));
  return { statusCode: 201, body: JSON.stringify(note) };
};
`;

const COUNT_WORDS = `// Reads the notes table's stream: for every new note, adds its words to the running totals.
// A record that fails is reported, so Lambda retries from it rather than from the batch's start.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';

const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const STATS = process.env.STATS_TABLE!;

export const handler = async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const batchItemFailures: DynamoDBBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      if (record.eventName !== 'INSERT') continue;
      const note = unmarshall(record.dynamodb!.NewImage as never);
      const words = String(note.text).trim().split(/\\s+/).length;
      await db.send(new UpdateCommand({
        TableName: STATS,
        Key: { statId: 'all' },
        UpdateExpression: 'ADD notes :one, words :words',
        ExpressionAttributeValues: { ':one': 1, ':words': words },
      }));
      console.log(\`note \${note.noteId}: \${words} word(s)\`);
    } catch (error) {
      console.error('could not count', record.dynamodb?.SequenceNumber, error);
      // Lambda retries from the first failed record, the records after it included: stop here,
      // or those would be counted twice.
      batchItemFailures.push({ itemIdentifier: record.dynamodb!.SequenceNumber! });
      break;
    }
  }
  return { batchItemFailures };
};
`;

function role(functionName: string, id: string, statements: object[]) {
  return {
    roleName: `${functionName}-role`,
    path: '/service-role/',
    roleId: id,
    createDate: CREATED,
    inlinePolicies: [
      basicExecutionPolicy(functionName),
      { policyName: `${functionName}-dynamodb`, document: JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2) },
    ],
  };
}

const fn = (name: string, description: string, code: string, environment: Record<string, string>, testEvents: { name: string; json: string }[]) => ({
  name, runtime: 'nodejs22.x', handler: 'index.handler', memorySize: 256, timeout: 10, environment, description,
  files: { 'index.ts': code }, testEvents,
});

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** POST /notes as an HTTP API (payload 2.0) event. */
const POST_NOTE_EVENT = json({
  version: '2.0', routeKey: 'POST /notes', rawPath: '/notes', rawQueryString: '', headers: { 'content-type': 'application/json' },
  requestContext: { accountId: '123456789012', apiId: 'notesapi01', domainName: 'notesapi01.execute-api.us-east-1.amazonaws.com', http: { method: 'POST', path: '/notes', protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'curl/8.5.0' }, requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef', routeKey: 'POST /notes', stage: '$default', time: '07/Dec/2026:12:00:00 +0000', timeEpoch: 1796644800000 },
  body: '{"text": "hello stream"}', isBase64Encoded: false,
});

/** One INSERT of the notes stream (NEW_AND_OLD_IMAGES). */
const STREAM_EVENT = json({
  Records: [{
    eventID: 'c81e728d9d4c2f636f067f89cc14862c', eventName: 'INSERT', eventVersion: '1.1', eventSource: 'aws:dynamodb', awsRegion: 'us-east-1',
    dynamodb: {
      ApproximateCreationDateTime: 1796644800, Keys: { noteId: { S: 'n-1' } },
      NewImage: { noteId: { S: 'n-1' }, text: { S: 'hello stream' }, createdAt: { S: '2026-12-07T12:00:00.000Z' } },
      SequenceNumber: '111', SizeBytes: 26, StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
    eventSourceARN: `${tableArn('notes')}/stream/${STREAM_LABEL}`,
  }],
});

/** A new copy of the example project. */
export function notesStreamExample(): ProjectDoc {
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    name: 'DynamoDB stream',
    selected: 'put-note',
    functions: [
      fn('put-note', 'Puts notes into the notes table (POST /notes) and lists them (GET /notes).', PUT_NOTE, { NOTES_TABLE: 'notes' }, [{ name: 'post-note', json: POST_NOTE_EVENT }]),
      fn('count-words', 'Reads the notes stream and keeps running totals in note-stats.', COUNT_WORDS, { STATS_TABLE: 'note-stats' }, [{ name: 'stream-insert', json: STREAM_EVENT }]),
    ],
    apis: [{
      id: 'notesapi01', name: 'notes-api', kind: 'http', payloadFormat: '2.0',
      routes: [
        { routeKey: 'POST /notes', target: { functionName: 'put-note' } },
        { routeKey: 'GET /notes', target: { functionName: 'put-note' } },
      ],
      stages: [{ name: '$default', variables: {} }], apiKeys: [], authorizers: [], createdDate: CREATED,
    }],
    savedRequests: {
      notesapi01: [{ name: 'add a note', method: 'POST', path: '/notes', headers: [['content-type', 'application/json']], body: '{"text": "streams deliver every change in order"}' }],
    },
    site: { files: {} },
    tables: [
      {
        name: 'notes', partitionKey: { name: 'noteId', type: 'S' }, billingMode: 'PAY_PER_REQUEST', creationDate: CREATED,
        stream: { viewType: 'NEW_AND_OLD_IMAGES', label: STREAM_LABEL },
        seedItems: [{ noteId: { S: 'welcome' }, text: { S: 'Post a note to watch the stream' }, createdAt: { S: new Date(CREATED).toISOString() } }],
      },
      { name: 'note-stats', partitionKey: { name: 'statId', type: 'S' }, billingMode: 'PAY_PER_REQUEST', creationDate: CREATED },
    ],
    roles: [
      role('put-note', 'AROAEXAMPLEPUTNOTE01', [{ Effect: 'Allow', Action: ['dynamodb:PutItem', 'dynamodb:Scan'], Resource: tableArn('notes') }]),
      role('count-words', 'AROAEXAMPLECOUNTWRD1', [
        { Sid: 'ReadTheStream', Effect: 'Allow', Action: ['dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:DescribeStream', 'dynamodb:ListStreams'], Resource: `${tableArn('notes')}/stream/*` },
        { Sid: 'KeepTotals', Effect: 'Allow', Action: 'dynamodb:UpdateItem', Resource: tableArn('note-stats') },
      ]),
    ],
    eventSourceMappings: [{
      UUID: '7f3c2a1e-5b9d-4c8e-a6f0-2d1b3e4c5a60',
      FunctionName: 'count-words',
      EventSourceArn: streamArn('notes', STREAM_LABEL),
      StartingPosition: 'LATEST',
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      MaximumRetryAttempts: 3,
      BisectBatchOnFunctionError: true,
    }],
  };
}

/** Post notes through the API, watch the stream consumer keep the totals. */
export const scenario: Scenario = {
  project: notesStreamExample,
  async run(api, step) {
    const totals = async () => {
      const { Item } = (await api.dynamodb.getItem({ TableName: 'note-stats', Key: { statId: { S: 'all' } } })) as { Item?: Record<string, { N?: string }> };
      return { notes: Number(Item?.notes?.N ?? 0), words: Number(Item?.words?.N ?? 0) };
    };
    const before = await totals();
    for (const text of ['streams deliver every change in order', 'hello stream']) {
      await step(`POST /notes "${text}"`, async () => {
        const res = await api.apigateway.request({ apiId: 'notesapi01', method: 'POST', path: '/notes', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
        expect(res.statusCode === 201, `Expected 201, got ${res.statusCode} ${res.body}`);
        return `POST /notes → ${res.statusCode}: PutItem into notes, a new record on its stream`;
      });
    }
    await step('The stream invokes count-words, which keeps the totals', async () => {
      const after = await waitFor(async () => {
        const now = await totals();
        return now.notes >= before.notes + 2 ? now : undefined;
      }, 'note-stats to count both notes');
      return `note-stats: ${after.notes} notes, ${after.words} words (+2 notes, +${after.words - before.words} words)`;
    });
  },
};
