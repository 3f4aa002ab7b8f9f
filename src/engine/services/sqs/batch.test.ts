// The batch operations: the checks of the batch as a whole (AWS's error per case), and each entry
// succeeding or failing on its own in Successful and Failed.
import { describe, expect, it } from 'vitest';
import { failure, sqsHarness, URL_OF } from './test-support';

const URL = URL_OF('jobs');

describe('batch requests', () => {
  it('refuses an empty batch, more than 10 entries, bad and repeated Ids, and more than 1 MiB in all', async () => {
    const h = sqsHarness();
    await h.queue('jobs');
    expect(await failure(() => h.sqs.sendMessageBatch({ QueueUrl: URL, Entries: [] }))).toEqual({
      code: 'EmptyBatchRequest', statusCode: 400, message: 'There should be at least one SendMessageBatchRequestEntry in the request.',
    });
    expect(await failure(() => h.sqs.deleteMessageBatch({ QueueUrl: URL }))).toMatchObject({ message: 'There should be at least one DeleteMessageBatchRequestEntry in the request.' });
    const eleven = Array.from({ length: 11 }, (_, i) => ({ Id: `m${i}`, MessageBody: 'x' }));
    expect(await failure(() => h.sqs.sendMessageBatch({ QueueUrl: URL, Entries: eleven }))).toEqual({
      code: 'TooManyEntriesInBatchRequest', statusCode: 400, message: 'Maximum number of entries per request are 10. You have sent 11.',
    });
    expect(await failure(() => h.sqs.sendMessageBatch({ QueueUrl: URL, Entries: [{ Id: 'a b', MessageBody: 'x' }] }))).toEqual({
      code: 'InvalidBatchEntryId', statusCode: 400, message: 'A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.',
    });
    expect(await failure(() => h.sqs.sendMessageBatch({ QueueUrl: URL, Entries: [{ Id: 'a', MessageBody: 'x' }, { Id: 'a', MessageBody: 'y' }] }))).toEqual({
      code: 'BatchEntryIdsNotDistinct', statusCode: 400, message: 'Id a repeated.',
    });
    const big = 'x'.repeat(600_000);
    expect(await failure(() => h.sqs.sendMessageBatch({ QueueUrl: URL, Entries: [{ Id: 'a', MessageBody: big }, { Id: 'b', MessageBody: big }] }))).toEqual({
      code: 'BatchRequestTooLong', statusCode: 400, message: 'Batch requests cannot be longer than 1048576 bytes. You have sent 1200000 bytes.',
    });
    expect(h.sqs.peekMessages('jobs')).toEqual([]);
  });

  it('sends each entry on its own: good ones in Successful, bad ones in Failed with their code', async () => {
    const h = sqsHarness();
    await h.queue('jobs');
    const answer = await h.sqs.sendMessageBatch({
      QueueUrl: URL,
      Entries: [{ Id: 'ok', MessageBody: 'Hello from SQS!' }, { Id: 'empty', MessageBody: '' }, { Id: 'late', MessageBody: 'later', DelaySeconds: 10 }],
    });
    expect(answer).toEqual({
      Successful: [
        { Id: 'ok', MessageId: expect.any(String), MD5OfMessageBody: '7b270e59b47ff90a553787216d55d91d' },
        { Id: 'late', MessageId: expect.any(String), MD5OfMessageBody: expect.any(String) },
      ],
      Failed: [{ Id: 'empty', SenderFault: true, Code: 'MissingParameter', Message: 'The request must contain the parameter MessageBody.' }],
    });
    expect(h.sqs.messageCounts('jobs')).toEqual({ visible: 1, inFlight: 0, delayed: 1 });
  });

  it('deletes and changes visibility per entry, reporting invalid receipt handles', async () => {
    const h = sqsHarness();
    await h.queue('jobs');
    await h.sqs.sendMessageBatch({ QueueUrl: URL, Entries: [{ Id: 'a', MessageBody: '1' }, { Id: 'b', MessageBody: '2' }, { Id: 'c', MessageBody: '3' }] });
    const [one, two, three] = (await h.sqs.receiveMessage({ QueueUrl: URL, MaxNumberOfMessages: 10 })).Messages!;
    expect(await h.sqs.deleteMessageBatch({ QueueUrl: URL, Entries: [{ Id: 'x', ReceiptHandle: one!.ReceiptHandle }, { Id: 'y', ReceiptHandle: 'nope' }] })).toEqual({
      Successful: [{ Id: 'x' }],
      Failed: [{ Id: 'y', SenderFault: true, Code: 'ReceiptHandleIsInvalid', Message: 'The input receipt handle "nope" is not a valid receipt handle.' }],
    });
    expect(await h.sqs.changeMessageVisibilityBatch({
      QueueUrl: URL, Entries: [{ Id: 'p', ReceiptHandle: two!.ReceiptHandle, VisibilityTimeout: 0 }, { Id: 'q', ReceiptHandle: three!.ReceiptHandle, VisibilityTimeout: 50_000 }],
    })).toEqual({
      Successful: [{ Id: 'p' }],
      Failed: [{ Id: 'q', SenderFault: true, Code: 'InvalidParameterValue', Message: 'Value 50000 for parameter VisibilityTimeout is invalid. Reason: Must be between 0 and 43200, if provided.' }],
    });
    expect(await h.bodies(URL)).toEqual(['2']);
  });
});
