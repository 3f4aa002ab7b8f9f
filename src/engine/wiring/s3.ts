// S3 wired into the account: its objects in the object store, its notifications delivered as
// asynchronous invocations that the function's resource policy must allow, in the writer's chain.
import type { EngineEvent } from '../engine-events';
import { ACCOUNT_ID } from '../ids';
import type { createIam } from '../iam/iam-service';
import type { ChainContext } from '../lambda/async/chain';
import type { LambdaService } from '../lambda/lambda-service';
import type { Clock, ObjectStore } from '../ports';
import { MemoryObjectStore } from '../services/s3/memory-object-store';
import { createS3Service } from '../services/s3/service';

export interface S3WiringDeps {
  store?: ObjectStore;
  clock: Clock;
  iam: ReturnType<typeof createIam>;
  lambda: Pick<LambdaService, 'invokeAsync'>;
  emit: (event: EngineEvent) => void;
}

/** S3 as a principal invoking a function for a bucket. */
export const s3Principal = (bucket: string) => ({ service: 's3.amazonaws.com', sourceArn: `arn:aws:s3:::${bucket}`, sourceAccount: ACCOUNT_ID });

export function wireS3({ store, clock, iam, lambda, emit }: S3WiringDeps) {
  return createS3Service({
    store: store ?? new MemoryObjectStore(),
    clock,
    changed: () => emit({ type: 'buckets-changed' }),
    objectsChanged: (bucket) => emit({ type: 'objects-changed', bucket }),
    checkDestination: (target, bucket) => {
      const decision = iam.mayInvoke(target.functionName, target.qualifier, s3Principal(bucket));
      return decision.allowed ? undefined : `S3 is not allowed to invoke ${target.functionName}${target.qualifier ? `:${target.qualifier}` : ''} (add a permission for s3.amazonaws.com with SourceArn arn:aws:s3:::${bucket})`;
    },
    // S3 invokes asynchronously, as the function's resource policy allows, in the writer's chain.
    notify: (target, event, identity) => {
      const record = event.Records[0]!;
      const bucket = record.s3.bucket.name;
      const failed = (message: string) => emit({ type: 'trigger-failed', source: `s3:${bucket}`, functionName: target.functionName, message, time: clock.now() });
      const decision = iam.mayInvoke(target.functionName, target.qualifier, s3Principal(bucket));
      if (!decision.allowed) return failed(decision.message ?? `S3 may not invoke ${target.functionName}.`);
      lambda
        .invokeAsync(
          { FunctionName: target.functionName, ...(target.qualifier ? { Qualifier: target.qualifier } : {}), Payload: JSON.stringify(event) },
          { origin: `s3:${record.eventName} on bucket ${bucket}`, ...(identity.chain ? { parentChain: identity.chain as ChainContext } : {}) },
        )
        .catch((error: unknown) => failed((error as Error).message));
    },
  });
}
