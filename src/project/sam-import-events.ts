// A function's Events in a SAM import: HttpApi and Api events become routes, S3 events bucket
// notifications, DynamoDB and SQS events event source mappings, SNS events subscriptions, Schedule,
// ScheduleV2 and EventBridgeRule events EventBridge rules; other event sources are reported (the
// playground does not simulate them yet).
import { apiForEvent } from './sam-import-apis';
import { isRecord, type ImportContext, type Raw } from './sam-import-context';
import { importSnsEvent, importSqsEvent, type EventSource } from './sam-import-messaging-events';
import { importEventBridgeRuleEvent, importScheduleEvent, importScheduleV2Event } from './sam-import-messaging-rules';
import { importStreamEvent } from './sam-import-tables';
import { kebabCase, pascalCase } from './sam-shared';
import type { BucketNotification } from './types';

function routeKeyOf(props: Raw, http: boolean): string | undefined {
  const path = props.Path;
  const method = props.Method;
  if (http && path === undefined && method === undefined) return '$default';
  if (typeof path !== 'string' || typeof method !== 'string') return undefined;
  return `${method.toUpperCase()} ${path}`;
}

function importRoute(ctx: ImportContext, functionName: string, props: Raw, http: boolean, path: string): void {
  ctx.unsupported(props, http ? ['ApiId', 'Path', 'Method', 'PayloadFormatVersion', 'Auth'] : ['RestApiId', 'Path', 'Method', 'Auth'], path);
  const routeKey = routeKeyOf(props, http);
  if (!routeKey) return ctx.note(path, 'apiEventRoute', {});
  const found = apiForEvent(ctx, http ? props.ApiId : props.RestApiId, http, `${path}.${http ? 'ApiId' : 'RestApiId'}`);
  if (!found) return;
  const { api, logicalId } = found;
  if (http && props.PayloadFormatVersion === '1.0') {
    if (api.routes.length > 0 && api.payloadFormat !== '1.0') ctx.note(`${path}.PayloadFormatVersion`, 'payloadFormatPerApi', {});
    else api.payloadFormat = '1.0';
  }
  const auth = isRecord(props.Auth) ? props.Auth : {};
  ctx.unsupported(auth, ['Authorizer', 'ApiKeyRequired'], `${path}.Auth`);
  const defaults = ctx.apiDefaults.get(logicalId) ?? { authorizerIds: new Map<string, string>() };
  const authorizerName = typeof auth.Authorizer === 'string' ? auth.Authorizer : defaults.authorizer;
  const authorizerId = authorizerName && authorizerName !== 'NONE' ? defaults.authorizerIds.get(authorizerName) : undefined;
  if (authorizerName && authorizerName !== 'NONE' && !authorizerId) ctx.note(`${path}.Auth.Authorizer`, 'authorizerNotImported', { name: authorizerName });
  const apiKeyRequired = !http && (typeof auth.ApiKeyRequired === 'boolean' ? auth.ApiKeyRequired : defaults.apiKeyRequired);
  if (api.routes.some((r) => r.routeKey === routeKey)) return ctx.note(path, 'routeTaken', { route: routeKey });
  api.routes.push({
    routeKey, target: { functionName },
    ...(apiKeyRequired ? { apiKeyRequired: true } : {}),
    ...(authorizerId ? { authorizerId } : {}),
  });
}

function importNotification(ctx: ImportContext, functionName: string, eventName: string, props: Raw, path: string): void {
  ctx.unsupported(props, ['Bucket', 'Events', 'Filter'], path);
  const target = ctx.resolver.resourceOf(props.Bucket);
  const bucket = target && ctx.buckets.get(target.id);
  if (!target || !bucket) return ctx.note(`${path}.Bucket`, 's3EventBucket', {});
  const events = typeof props.Events === 'string' ? [props.Events] : Array.isArray(props.Events) ? props.Events.filter((e): e is string => typeof e === 'string') : [];
  if (events.length === 0) return ctx.note(`${path}.Events`, 's3EventTypes', {});
  const rules = isRecord(props.Filter) && isRecord(props.Filter.S3Key) ? props.Filter.S3Key.Rules : undefined;
  // CloudFormation refuses a Rules that is not a list, so the template imports nothing rather than a notification without its filter.
  if (rules !== undefined && !Array.isArray(rules)) ctx.fail(`${path}.Filter.S3Key.Rules`, 'must be a list of { Name: prefix | suffix, Value } rules');
  const rule = (name: string) => (rules ?? []).find((r): r is Raw => isRecord(r) && String(r.Name).toLowerCase() === name)?.Value;
  // The export names an S3 event <Bucket><Id>: give the notification its id back.
  const prefix = pascalCase(bucket.name);
  const id = kebabCase(eventName.startsWith(prefix) && eventName.length > prefix.length ? eventName.slice(prefix.length) : eventName);
  const notification: BucketNotification = { id, events, target: { functionName } };
  if (typeof rule('prefix') === 'string') notification.prefix = rule('prefix') as string;
  if (typeof rule('suffix') === 'string') notification.suffix = rule('suffix') as string;
  (bucket.notifications ??= []).push(notification);
}

/** The messaging event types, each given its function, SAM's logical id for the event, and where its properties are. */
const MESSAGING_EVENTS: Record<string, (ctx: ImportContext, source: EventSource, props: Raw) => void> = {
  SQS: importSqsEvent, SNS: importSnsEvent, Schedule: importScheduleEvent, ScheduleV2: importScheduleV2Event, EventBridgeRule: importEventBridgeRuleEvent,
};

/** `functionId` is the function's logical id: SAM names what an event generates after it and the event. */
export function importEvents(ctx: ImportContext, functionName: string, events: unknown, path: string, functionId = ''): void {
  for (const [name, event] of Object.entries(isRecord(events) ? events : {})) {
    const where = `${path}.${name}`;
    const props = isRecord(event) && isRecord(event.Properties) ? event.Properties : {};
    const type = isRecord(event) ? event.Type : undefined;
    const messaging = typeof type === 'string' ? MESSAGING_EVENTS[type] : undefined;
    if (type === 'HttpApi' || type === 'Api') importRoute(ctx, functionName, props, type === 'HttpApi', `${where}.Properties`);
    else if (type === 'S3') importNotification(ctx, functionName, name, props, `${where}.Properties`);
    else if (type === 'DynamoDB') importStreamEvent(ctx, functionName, props, `${where}.Properties`);
    else if (messaging) messaging(ctx, { functionName, eventId: `${functionId}${name}`, path: `${where}.Properties` }, props);
    else ctx.note(where, 'eventTypeNotSupported', { type: String(type) });
  }
}
