// Which aws-lambda type a handler's `event` has, from what invokes the function. The editor knows
// nothing of the services: whoever shows a function's code names its trigger sources with these
// words (the functions view reads them from the project), and the editor gets one type name back.
// An untyped handler is given that type only when every source is known; a function that is also
// invoked some other way (the console, another function) keeps an untyped event.

/** What can invoke a function, as the editor names it. */
export type TriggerSource =
  | 's3'
  | 'api-rest'
  | 'api-http-1.0'
  | 'api-http-2.0'
  | 'function-url'
  | 'authorizer-rest'
  | 'authorizer-http'
  | 'dynamodb-stream'
  | 'sqs'
  | 'sns'
  | 'schedule'
  | 'eventbridge-rule';

/** Trigger source → the event type @types/aws-lambda gives it. */
export const EVENT_TYPES: Readonly<Record<TriggerSource, string>> = {
  s3: 'S3Event',
  // REST APIs and HTTP APIs with payload format 1.0 send the same shape.
  'api-rest': 'APIGatewayProxyEvent',
  'api-http-1.0': 'APIGatewayProxyEvent',
  'api-http-2.0': 'APIGatewayProxyEventV2',
  'function-url': 'LambdaFunctionURLEvent',
  'authorizer-rest': 'APIGatewayRequestAuthorizerEvent',
  'authorizer-http': 'APIGatewayRequestAuthorizerEventV2',
  'dynamodb-stream': 'DynamoDBStreamEvent',
  sqs: 'SQSEvent',
  sns: 'SNSEvent',
  schedule: 'ScheduledEvent',
  // A rule's pattern decides the detail type, which the editor cannot know.
  'eventbridge-rule': 'EventBridgeEvent<string, any>',
};

const isSource = (source: string): source is TriggerSource => Object.hasOwn(EVENT_TYPES, source);

/**
 * The event type for a function invoked by these sources: one type, a union when several kinds
 * invoke it ('S3Event | SQSEvent'), or undefined when there are none or one is not known.
 */
export function eventTypeFor(sources: readonly string[]): string | undefined {
  if (sources.length === 0 || !sources.every(isSource)) return undefined;
  const types = [...new Set(sources.map((source) => EVENT_TYPES[source as TriggerSource]))];
  return types.join(' | ');
}
