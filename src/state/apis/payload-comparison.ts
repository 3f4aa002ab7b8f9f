// The same API request as payload 1.0 and 2.0, for the console's side-by-side view.
import { buildEventV1 } from '../../engine/services/apigateway/event-v1';
import { buildEventV2 } from '../../engine/services/apigateway/event-v2';
import type { RequestTrace } from '../../engine/services/apigateway/gateway';

/**
 * Both events for a traced request: the format that was sent is shown exactly as the function got
 * it; the other is rebuilt from what the gateway understood (its ids are placeholders).
 */
export function payloadComparison(trace: RequestTrace): { v1: unknown; v2: unknown } | undefined {
  if (!trace.apiRequest) return undefined;
  const sent = trace.integration?.event;
  return {
    v1: trace.payloadFormat === '1.0' && sent ? sent : buildEventV1(trace.apiRequest, { resourceId: '…', extendedRequestId: '…' }),
    v2: trace.payloadFormat === '2.0' && sent ? sent : buildEventV2(trace.apiRequest),
  };
}
