// Checks PutFunctionEventInvokeConfig / UpdateFunctionEventInvokeConfig input as Lambda does: the
// API model's ranges and patterns first, then destinations (functions, queues and topics).
import { invalidParameter, validationError } from '../../errors';
import type { FunctionRegistry } from '../function-registry';
import type { DestinationConfig, PutFunctionEventInvokeConfigInput } from '../types';
import { parseFunctionName, range } from '../validation';
import { EVENT_INVOKE_LIMITS } from './limits';

/** The API model's pattern for OnSuccess/OnFailure `Destination` (an empty string clears it). */
const DESTINATION_PATTERN_TEXT = String.raw`^$|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\-])+:([a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\d{1})?:(\d{12})?:(.*)`;
const DESTINATION_PATTERN = new RegExp(`^(?:${DESTINATION_PATTERN_TEXT})$`);
const QUALIFIER_PATTERN = /^[a-zA-Z0-9$_-]{1,128}$/;

/** Destination services Lambda accepts that the playground does not simulate yet. */
const NOT_SIMULATED: Record<string, string> = {
  events: 'an Amazon EventBridge event bus',
  s3: 'an Amazon S3 bucket',
};

/** Whether a queue or topic destination exists in the account (SQS and SNS answer; undefined: not simulated). */
export type DestinationLookup = (arn: string) => boolean | undefined;

const destinationOf = (config: DestinationConfig | undefined, kind: 'OnSuccess' | 'OnFailure') =>
  config?.[kind]?.Destination || undefined;

/** The API model's checks: ranges, the qualifier's and the destinations' patterns (one ValidationException). */
export function validateEventInvokeInput(input: PutFunctionEventInvokeConfigInput): void {
  const failures: string[] = [];
  if (input.Qualifier !== undefined && !QUALIFIER_PATTERN.test(input.Qualifier)) {
    failures.push(`Value '${input.Qualifier}' at 'qualifier' failed to satisfy constraint: Member must satisfy regular expression pattern: (|[a-zA-Z0-9$_-]+)`);
  }
  const { maximumRetryAttempts: retries, maximumEventAgeInSeconds: age } = EVENT_INVOKE_LIMITS;
  range(failures, 'maximumRetryAttempts', input.MaximumRetryAttempts, retries.min, retries.max);
  range(failures, 'maximumEventAgeInSeconds', input.MaximumEventAgeInSeconds, age.min, age.max);
  for (const kind of ['OnSuccess', 'OnFailure'] as const) {
    const destination = input.DestinationConfig?.[kind]?.Destination;
    if (destination !== undefined && (typeof destination !== 'string' || !DESTINATION_PATTERN.test(destination))) {
      const field = kind === 'OnSuccess' ? 'onSuccess' : 'onFailure';
      failures.push(`Value '${String(destination)}' at 'destinationConfig.${field}.destination' failed to satisfy constraint: Member must satisfy regular expression pattern: ${DESTINATION_PATTERN_TEXT}`);
    }
  }
  if (failures.length) throw validationError(failures);
  if (input.MaximumRetryAttempts === undefined && input.MaximumEventAgeInSeconds === undefined && input.DestinationConfig === undefined) {
    throw invalidParameter('You must specify at least one of error handling or destination setting.');
  }
}

/**
 * Lambda's own checks of destinations: a function destination must exist and must not be the
 * function itself; queues and topics must exist here. Buses and buckets are not simulated yet.
 */
export function checkDestinations(registry: FunctionRegistry, functionName: string, config: DestinationConfig | undefined, lookup?: DestinationLookup): void {
  const onSuccess = destinationOf(config, 'OnSuccess');
  const onFailure = destinationOf(config, 'OnFailure');
  for (const arn of [onSuccess, onFailure]) {
    if (!arn) continue;
    const service = arn.split(':')[2] ?? '';
    if (service === 'lambda') {
      checkFunctionDestination(registry, functionName, arn);
      continue;
    }
    // A queue or topic: Lambda sends the record as the function's role, at delivery time, so it
    // accepts any well-formed ARN; the playground also says when there is no such queue or topic.
    const exists = (service === 'sqs' || service === 'sns') && lookup ? lookup(arn) : undefined;
    if (exists === true) continue;
    if (exists === false) throw invalidParameter(`The destination ARN ${arn} is invalid: there is no such ${service === 'sqs' ? 'queue' : 'topic'} in this account.`);
    const kind = NOT_SIMULATED[service];
    if (kind) {
      throw invalidParameter(`The destination ${arn} is ${kind}, which this playground does not simulate yet; use a Lambda function ARN as the destination.`);
    }
    // Lambda's wording for a destination of a service it cannot deliver to.
    const part = (name: string, value: string | undefined) => (value ? `${name}(destination=${value})` : 'null');
    throw invalidParameter(
      `The provided destination config DestinationConfig(onSuccess=${part('OnSuccess', onSuccess)}, onFailure=${part('OnFailure', onFailure)}) is invalid.`,
    );
  }
}

function checkFunctionDestination(registry: FunctionRegistry, functionName: string, arn: string): void {
  const invalid = () => invalidParameter(`The destination ARN ${arn} is invalid.`);
  let target: { name: string; qualifier?: string };
  try {
    target = parseFunctionName(arn);
  } catch {
    throw invalid();
  }
  if (!arn.startsWith('arn:') || !registry.has(target.name)) throw invalid();
  if (target.name === functionName) throw invalidParameter("You can't specify the function as a destination for itself.");
  try {
    registry.resolve(target.name, registry.get(target.name).record, target.qualifier, () => 0);
  } catch {
    throw invalid();
  }
}
