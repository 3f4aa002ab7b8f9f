// Everything the engine announces: the UI and autosave follow these; tests wait on them.
import type { AsyncEngineEvent } from './lambda/async/async-events';
import type { EsmEvent } from './lambda/event-source-mappings/types';
import type { LambdaEvent } from './lambda/lambda-service';
import type { RequestTrace } from './services/apigateway/gateway';

export type EngineEvent =
  | LambdaEvent
  | EsmEvent
  | AsyncEngineEvent
  | { type: 'environments-changed'; functionName: string }
  | { type: 'apis-changed' }
  | { type: 'api-request'; trace: RequestTrace }
  | { type: 'buckets-changed' }
  | { type: 'objects-changed'; bucket: string }
  | { type: 'iam-changed' }
  | { type: 'queues-changed' }
  | { type: 'messages-changed'; queue: string }
  | { type: 'topics-changed' }
  | { type: 'sns-published'; topic: string; messageId: string; delivered: string[]; filtered: string[] }
  | { type: 'rules-changed' }
  | { type: 'rule-fired'; rule: string; time: number }
  | { type: 'tables-changed' }
  | { type: 'items-changed'; table: string }
  /** A push source could not deliver an event (e.g. S3 lost its permission to invoke). */
  | { type: 'trigger-failed'; source: string; functionName: string; message: string; time: number };
