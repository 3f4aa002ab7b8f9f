// The host side of one service's SDK commands, written once: each operation asks IAM for every
// permission it needs (in the service's order, refusing as the service words it), then runs, and
// answers with `$metadata` carrying a request id of the service's shape.
import type { ServiceError } from '../errors';
import type { AuthorizationRequest } from '../iam/request-actions';

type Input = Record<string, unknown>;

/** What every operation gets from the dispatcher. */
export interface OperationContext {
  input: Input;
  denied(request: AuthorizationRequest): Promise<ServiceError | undefined>;
}

export interface OperationSpec<Ctx extends OperationContext, Op extends string> {
  /** The permissions the operation needs, in the order the service checks them. */
  requests(operation: Op, input: Input): AuthorizationRequest[];
  /** IAM's refusal as the service words it (as it is when left out). */
  refuse?(denial: ServiceError, request: AuthorizationRequest): ServiceError;
  /** Runs the allowed operation. */
  run(ctx: Ctx, operation: Op): Promise<object> | object;
  /** `$metadata.requestId` (a UUID when left out). */
  requestId?(): string;
}

/** Operation name (as in `SendMessageCommand`) → how the host answers it. */
export function operationTable<Ctx extends OperationContext, Op extends string>(
  operations: readonly Op[],
  spec: OperationSpec<Ctx, Op>,
): Record<string, (ctx: Ctx) => Promise<object>> {
  const answer = async (ctx: Ctx, operation: Op): Promise<object> => {
    for (const request of spec.requests(operation, ctx.input)) {
      const denial = await ctx.denied(request);
      if (denial) throw spec.refuse ? spec.refuse(denial, request) : denial;
    }
    const output = await spec.run(ctx, operation);
    const requestId = spec.requestId ? spec.requestId() : crypto.randomUUID();
    return { ...output, $metadata: { httpStatusCode: 200, requestId, attempts: 1, totalRetryDelay: 0 } };
  };
  return Object.fromEntries(operations.map((operation) => [operation, (ctx: Ctx) => answer(ctx, operation)]));
}
