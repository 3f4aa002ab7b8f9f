import { describe, expect, it } from 'vitest';
import type { SdkCall, SdkCallHandler, SdkResult } from '../engine/sdk/types';
import { answerSdkCall } from './sdk-calls';

/** Answers `message` with `handler` and collects the replies (after the handler's promise settles). */
async function answer(message: unknown, handler?: SdkCallHandler) {
  const replies: Array<[number, SdkResult]> = [];
  answerSdkCall(message, handler, (id, result) => replies.push([id, result]));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return replies;
}

const fine: SdkCallHandler = async () => ({ ok: true, output: { $metadata: {} } });

describe('answering an environment’s sdk-call messages', () => {
  it('passes a well-formed call to the host as plain data', async () => {
    const seen: SdkCall[] = [];
    const replies = await answer(
      { type: 'sdk-call', id: 3, service: 's3', operation: 'GetObject', input: { Bucket: 'b', Key: 'k' }, region: 'us-east-1', extra: 'ignored' },
      async (call) => (seen.push(call), { ok: true, output: { $metadata: {} } }),
    );
    expect(seen).toEqual([{ service: 's3', operation: 'GetObject', input: { Bucket: 'b', Key: 'k' }, region: 'us-east-1' }]);
    expect(replies).toEqual([[3, { ok: true, output: { $metadata: {} } }]]);
  });

  it('ignores a message without a usable id, and refuses a malformed one with an error reply', async () => {
    for (const message of [null, 'sdk-call', { type: 'sdk-call' }, { id: -1, service: 's3' }, { id: 1.5 }, { id: '1' }]) {
      expect(await answer(message, fine)).toEqual([]);
    }
    const malformed: unknown[] = [
      { id: 1, service: 'kinesis', operation: 'GetRecords', input: {} },
      { id: 1, service: 's3', operation: 'get object; drop', input: {} },
      { id: 1, service: 's3', operation: 'GetObject', input: [1, 2] },
      { id: 1, service: 's3', operation: 'GetObject', input: 'Bucket=b' },
      { id: 1, service: 's3', operation: 'GetObject', input: {}, region: { evil: true } },
      { id: 1, service: 'lambda', operation: { toString: 'Invoke' }, input: {} },
    ];
    for (const message of malformed) {
      const replies = await answer(message, fine);
      expect(replies).toHaveLength(1);
      expect(replies[0]![1]).toMatchObject({ ok: false, error: { name: 'Playground.MalformedSdkCall', statusCode: 400 } });
    }
  });

  it('survives a host handler that throws or rejects, and sends nothing for a dropped answer', async () => {
    const thrown = await answer({ id: 1, service: 's3', operation: 'ListBuckets', input: {} }, () => {
      throw new Error('boom');
    });
    expect(thrown).toEqual([[1, { ok: false, error: expect.objectContaining({ name: 'InternalError', statusCode: 500 }) }]]);
    const rejected = await answer({ id: 2, service: 's3', operation: 'ListBuckets', input: {} }, () => Promise.reject(new Error('boom')));
    expect(rejected[0]![1]).toMatchObject({ ok: false, error: { name: 'InternalError' } });
    expect(await answer({ id: 3, service: 's3', operation: 'ListBuckets', input: {} }, async () => undefined)).toEqual([]);
  });

  it('says so when the environment has no SDK host, and a failing reply port does not throw', async () => {
    expect((await answer({ id: 1, service: 'lambda', operation: 'Invoke', input: {} }))[0]![1]).toMatchObject({ ok: false, error: { name: 'Playground.SdkUnavailable' } });
    expect(() =>
      answerSdkCall({ id: 1, service: 's3', operation: 'ListBuckets', input: {} }, undefined, () => {
        throw new Error('port closed');
      }),
    ).not.toThrow();
    // An answer the port cannot clone becomes an error answer rather than no answer.
    const sent: SdkResult[] = [];
    answerSdkCall({ id: 1, service: 's3', operation: 'ListBuckets', input: {} }, fine, (_id, result) => {
      if (result.ok) throw new DOMException('could not be cloned', 'DataCloneError');
      sent.push(result);
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent).toMatchObject([{ ok: false, error: { name: 'InternalError', statusCode: 500 } }]);
  });
});
