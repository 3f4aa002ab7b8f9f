import { describe, expect, it } from 'vitest';
import { Environment } from '../lambda/environment';
import { LogStore } from '../logs/log-store';
import type { SandboxFactory } from '../ports';
import { ManualClock } from '../testing/fake-ports';
import type { SdkCallHandler, SdkCaller, SdkResult } from './types';

/** An environment over a sandbox that only captures the SDK handler it is given. */
function environment(dispatch: (caller: SdkCaller) => Promise<SdkResult>) {
  let handler: SdkCallHandler | undefined;
  const sandboxes: SandboxFactory = {
    create(_onLog, onSdkCall) {
      handler = onSdkCall;
      return { init: async () => ({ status: 'ok', initDurationMs: 0 }), invoke: async () => ({ status: 'ok', payload: 'null', durationMs: 0, memoryUsedMB: 0 }), dispose() {} };
    },
  };
  const env = new Environment('e1', 'app', '$LATEST', 1, '/aws/lambda/app', 'stream', sandboxes, new LogStore(), new ManualClock(), (_call, caller) => dispatch(caller));
  return { env, call: () => handler!({ service: 's3', operation: 'ListBuckets', input: {} }) };
}

const ok: SdkResult = { ok: true, output: { $metadata: {} } };
const caller = (requestId: string): SdkCaller => ({ functionName: 'app', version: '$LATEST', requestId });

describe("an environment's SDK calls", () => {
  it('are refused between invocations, without reaching the services', async () => {
    let dispatched = 0;
    const { call } = environment(async () => (dispatched++, ok));
    expect(await call()).toMatchObject({ ok: false, error: { name: 'Playground.OutsideInvocation', statusCode: 400 } });
    expect(dispatched).toBe(0);
  });

  it('act for the invocation running, and their answer is dropped once it has ended', async () => {
    const callers: string[] = [];
    let finish!: () => void;
    const { env, call } = environment((who) => {
      callers.push(who.requestId);
      return new Promise((resolve) => (finish = () => resolve(ok)));
    });
    env.caller = caller('first');
    const answered = call();
    finish();
    expect(await answered).toBe(ok);

    const late = call();
    env.caller = undefined; // the invocation ended while the call was being served
    env.caller = caller('second');
    finish();
    expect(await late).toBeUndefined();
    expect(callers).toEqual(['first', 'first']);
  });

  it('get no answer after the environment was stopped (a timeout)', async () => {
    let finish!: () => void;
    const { env, call } = environment(() => new Promise((resolve) => (finish = () => resolve(ok))));
    env.caller = caller('r');
    const pending = call();
    env.stop();
    finish();
    expect(await pending).toBeUndefined();
  });
});
