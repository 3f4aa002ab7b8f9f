// The poll model end to end: an HTTP API puts notes into a DynamoDB table; the table's stream is
// read by an event source mapping that invokes a second function, which keeps running totals in
// another table, reporting the records it could not process (ReportBatchItemFailures).
import { basicExecutionPolicy } from '../../engine/iam/roles';
import { streamArn, tableArn } from '../../engine/services/dynamodb/definitions';
import { PROJECT_FORMAT, PROJECT_VERSION, type ProjectDoc } from '../../project/types';

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

const fn = (name: string, description: string, code: string, environment: Record<string, string>) => ({
  name, runtime: 'nodejs22.x', handler: 'index.handler', memorySize: 256, timeout: 10, environment, description,
  files: { 'index.ts': code }, testEvents: [],
});

/** A new copy of the example project. */
export function notesStreamExample(): ProjectDoc {
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    name: 'DynamoDB stream',
    selected: 'put-note',
    functions: [
      fn('put-note', 'Puts notes into the notes table (POST /notes) and lists them (GET /notes).', PUT_NOTE, { NOTES_TABLE: 'notes' }),
      fn('count-words', 'Reads the notes stream and keeps running totals in note-stats.', COUNT_WORDS, { STATS_TABLE: 'note-stats' }),
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
