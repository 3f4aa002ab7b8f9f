// `@aws-sdk/client-eventbridge` inside the sandbox: EventBridgeClient, the commands the playground's
// EventBridge serves, the aggregated EventBridge class, the modeled exceptions and the enum objects
// handlers import. EventBridge speaks JSON with no path labels, so inputs go as they are (a Date
// `Time` travels as a Date).
import type { SdkErrorInfo, SdkService } from '../../../src/engine/sdk/types';
import { aggregateClient, defineClient, defineCommand, sdkPackage, type ClientDeps, type CommandClass } from './client';
import { exceptionClass, serviceBase, toException, type ExceptionClass } from './errors';

/** The wire name of the service (the host's SDK_SERVICES lists it). */
const SERVICE = 'eventbridge' as SdkService;

const OPERATIONS = [
  'PutEvents', 'PutRule', 'DescribeRule', 'ListRules', 'DeleteRule', 'EnableRule', 'DisableRule',
  'PutTargets', 'RemoveTargets', 'ListTargetsByRule', 'TestEventPattern',
] as const;

/** Every modeled error of the real client (models/errors.ts); ValidationException is not one of them. */
const MODELED = [
  'AccessDeniedException', 'ConcurrentModificationException', 'InternalException', 'InvalidStateException',
  'OperationDisabledException', 'ResourceNotFoundException', 'IllegalStatusException', 'LimitExceededException',
  'ResourceAlreadyExistsException', 'InvalidEventPatternException', 'ThrottlingException', 'ManagedRuleException',
  'PolicyLengthExceededException',
] as const;

/** The enum objects of the real client (models/enums.ts). */
const ENUMS: Record<string, Record<string, string>> = {
  RuleState: { DISABLED: 'DISABLED', ENABLED: 'ENABLED', ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS: 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS' },
  ApiDestinationState: { ACTIVE: 'ACTIVE', INACTIVE: 'INACTIVE' },
  ApiDestinationHttpMethod: { DELETE: 'DELETE', GET: 'GET', HEAD: 'HEAD', OPTIONS: 'OPTIONS', PATCH: 'PATCH', POST: 'POST', PUT: 'PUT' },
  ArchiveState: { CREATE_FAILED: 'CREATE_FAILED', CREATING: 'CREATING', DISABLED: 'DISABLED', ENABLED: 'ENABLED', UPDATE_FAILED: 'UPDATE_FAILED', UPDATING: 'UPDATING' },
  AssignPublicIp: { DISABLED: 'DISABLED', ENABLED: 'ENABLED' },
  ReplayState: { CANCELLED: 'CANCELLED', CANCELLING: 'CANCELLING', COMPLETED: 'COMPLETED', FAILED: 'FAILED', RUNNING: 'RUNNING', STARTING: 'STARTING' },
  ConnectionAuthorizationType: { API_KEY: 'API_KEY', BASIC: 'BASIC', OAUTH_CLIENT_CREDENTIALS: 'OAUTH_CLIENT_CREDENTIALS' },
  EventSourceState: { ACTIVE: 'ACTIVE', DELETED: 'DELETED', PENDING: 'PENDING' },
  IncludeDetail: { FULL: 'FULL', NONE: 'NONE' },
  Level: { ERROR: 'ERROR', INFO: 'INFO', OFF: 'OFF', TRACE: 'TRACE' },
  LaunchType: { EC2: 'EC2', EXTERNAL: 'EXTERNAL', FARGATE: 'FARGATE' },
};

export function createEventBridgeModule(deps: ClientDeps): Record<string, unknown> {
  const EventBridgeServiceException = serviceBase('EventBridgeServiceException');
  const modeled: Record<string, ExceptionClass> = Object.fromEntries(
    MODELED.map((name) => [name, exceptionClass(EventBridgeServiceException, name, name === 'InternalException' ? 'server' : 'client')]),
  );
  const EventBridgeClient = defineClient('EventBridgeClient', { service: SERVICE, toError: (info: SdkErrorInfo) => toException(info, modeled, EventBridgeServiceException) }, deps);
  const commands: Record<string, CommandClass> = Object.fromEntries(OPERATIONS.map((operation) => [operation, defineCommand(SERVICE, { operation })]));

  return sdkPackage('@aws-sdk/client-eventbridge', {
    EventBridgeClient,
    EventBridge: aggregateClient(EventBridgeClient, 'EventBridge', commands),
    ...Object.fromEntries(Object.values(commands).map((Command) => [Command.name, Command])),
    EventBridgeServiceException,
    ...modeled,
    ...ENUMS,
  });
}
