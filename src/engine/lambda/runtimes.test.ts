import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine';
import { ServiceError } from '../errors';
import { ManualClock, instantSandboxes } from '../testing/fake-ports';
import { nodeCompiler } from '../../../workers/testing/in-process-ports';
import { checkRuntimeAllowed, runtimeChoices, runtimeStatus, updateChoices } from './runtimes';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const DAY = 86_400_000;

function refusal(action: () => unknown): ServiceError {
  try {
    action();
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('runtime lifecycle', () => {
  it('moves through deprecation, block create and block update on their days', () => {
    expect(runtimeStatus('nodejs20.x', day('2026-04-29')).phase).toBe('supported');
    expect(runtimeStatus('nodejs20.x', day('2026-04-30')).phase).toBe('deprecated');
    expect(runtimeStatus('nodejs20.x', day('2027-02-01') - 1).phase).toBe('deprecated');
    expect(runtimeStatus('nodejs20.x', day('2027-02-01')).phase).toBe('create-blocked');
    expect(runtimeStatus('nodejs20.x', day('2027-03-03')).phase).toBe('update-blocked');
    expect(runtimeStatus('nodejs16.x', day('2026-12-07')).lifecycle?.deprecation).toBe('2024-06-12');
    expect(runtimeStatus('nodejs24.x', day('2026-12-07')).phase).toBe('supported');
    // Older runtimes were retired long ago: past every date.
    expect(runtimeStatus('nodejs12.x', day('2026-12-07')).phase).toBe('update-blocked');
  });

  it('refuses creates past block create and updates past block update with AWS words', () => {
    expect(() => checkRuntimeAllowed('nodejs18.x', 'create', day('2027-01-31'))).not.toThrow();
    const create = refusal(() => checkRuntimeAllowed('nodejs18.x', 'create', day('2027-02-01')));
    expect(create.code).toBe('InvalidParameterValueException');
    expect(create.statusCode).toBe(400);
    expect(create.message).toBe(
      'The runtime parameter of nodejs18.x is no longer supported for creating or updating AWS Lambda functions. We recommend you use the new runtime (nodejs24.x) while creating or updating functions.',
    );
    expect(() => checkRuntimeAllowed('nodejs18.x', 'update', day('2027-02-01'))).not.toThrow();
    expect(refusal(() => checkRuntimeAllowed('nodejs18.x', 'update', day('2027-03-03'))).code).toBe('InvalidParameterValueException');
  });

  it('offers only supported runtimes for a new function, and what can still be updated for an existing one', () => {
    expect(runtimeChoices(day('2026-12-07'))).toEqual(['nodejs24.x', 'nodejs22.x']);
    expect(runtimeChoices(day('2026-04-01'))).toEqual(['nodejs24.x', 'nodejs22.x', 'nodejs20.x']);
    expect(updateChoices('nodejs16.x', day('2026-12-07'))).toEqual(['nodejs24.x', 'nodejs22.x', 'nodejs20.x', 'nodejs18.x', 'nodejs16.x']);
    expect(updateChoices('nodejs16.x', day('2027-03-03'))).toEqual(['nodejs24.x', 'nodejs22.x', 'nodejs16.x']);
  });
});

describe('the Lambda API on the playground clock', () => {
  it('creates a deprecated runtime until its block date, then refuses; a fast-forward reaches the dates', async () => {
    const clock = new ManualClock();
    clock.advance(day('2026-12-07') - clock.now());
    const engine = createEngine({ compiler: await nodeCompiler(), sandboxes: instantSandboxes().factory, clock });
    const code = { Files: { 'index.mjs': 'export const handler = async () => 1;' } };
    await engine.lambda.createFunction({ FunctionName: 'old', Runtime: 'nodejs20.x', Code: code });

    engine.clock.advance(day('2027-02-01') - engine.clock.state().now);
    await expect(engine.lambda.createFunction({ FunctionName: 'older', Runtime: 'nodejs20.x', Code: code })).rejects.toMatchObject({
      code: 'InvalidParameterValueException',
      message: expect.stringMatching(/^The runtime parameter of nodejs20.x is no longer supported/),
    });
    // Existing functions still take updates until the next date.
    await engine.lambda.updateFunctionCode({ FunctionName: 'old', Files: code.Files });
    // A saved function is restored whatever its runtime: it exists already.
    await engine.lambda.createFunction({ FunctionName: 'saved', Runtime: 'nodejs20.x', Code: code }, { restore: true });

    engine.clock.advance(30 * DAY);
    await expect(engine.lambda.updateFunctionCode({ FunctionName: 'old', Files: code.Files })).rejects.toMatchObject({ code: 'InvalidParameterValueException' });
    await expect(engine.lambda.updateFunctionConfiguration({ FunctionName: 'old', MemorySize: 256 })).rejects.toMatchObject({ code: 'InvalidParameterValueException' });
    // The way out is always open: moving the function to a supported runtime.
    const moved = await engine.lambda.updateFunctionConfiguration({ FunctionName: 'old', Runtime: 'nodejs22.x' });
    expect(moved.Runtime).toBe('nodejs22.x');
    // And invocations never stop.
    expect((await engine.lambda.invoke({ FunctionName: 'saved' })).StatusCode).toBe(200);
    engine.dispose();
  });
});
