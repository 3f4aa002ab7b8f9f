// Questions asked of all the stored mappings: ListEventSourceMappings (by event source and/or function,
// a page at a time) and the one-mapping-per-source-and-function rule of CreateEventSourceMapping.
import { resourceConflict, validationError } from '../../errors';
import { parseFunctionName, range } from '../validation';
import { configuration, type MappingTarget, type StoredMapping } from './configuration';
import { ESM_RANGES } from './limits';
import type { ListEventSourceMappingsInput, ListEventSourceMappingsOutput } from './types';

/**
 * The mappings matching the filters, in creation order. Filters need not name anything that exists
 * (LocalStack recorded AWS answering such lists without an error). A function filter matches the
 * mappings of that function as named: unqualified, or one version or alias.
 */
export function listMappings(mappings: StoredMapping[], input: ListEventSourceMappingsInput): ListEventSourceMappingsOutput {
  const failures: string[] = [];
  range(failures, 'maxItems', input.MaxItems, ESM_RANGES.maxItems.min, ESM_RANGES.maxItems.max);
  if (failures.length) throw validationError(failures);
  const fn = input.FunctionName !== undefined ? parseFunctionName(input.FunctionName) : undefined;
  const matching = mappings.filter(
    (m) =>
      (input.EventSourceArn === undefined || m.eventSourceArn === input.EventSourceArn) &&
      (!fn || (m.target.functionName === fn.name && m.target.qualifier === fn.qualifier)),
  );
  const start = Math.max(0, Number.parseInt(input.Marker ?? '0', 10) || 0);
  const page = matching.slice(start, start + (input.MaxItems ?? 100));
  const next = start + page.length;
  return {
    EventSourceMappings: page.map((m) => configuration(m, m.enabled ? 'Enabled' : 'Disabled')),
    ...(next < matching.length ? { NextMarker: String(next) } : {}),
  };
}

/**
 * One mapping per stream and function (as named, qualifier included). AWS's wording, spaces inside
 * the quotes and all, as LocalStack recorded it: "The event source arn (" … ") and function (" … ")
 * provided mapping already exists. Please update or delete the existing mapping with UUID …".
 */
export function conflict(mappings: StoredMapping[], arn: string, target: MappingTarget, except?: string): void {
  const other = mappings.find((m) => m.uuid !== except && m.eventSourceArn === arn && m.target.functionArn === target.functionArn);
  if (!other) return;
  // SQS words it differently (also recorded by LocalStack): "An event source mapping with SQS arn (" … ") … already exists."
  if (other.kind === 'queue') {
    throw resourceConflict(
      `An event source mapping with SQS arn (" ${arn} ") and function (" ${target.functionName} ") already exists. Please update or delete the existing mapping with UUID ${other.uuid}`,
    );
  }
  throw resourceConflict(
    `The event source arn (" ${arn} ") and function (" ${target.functionName} ") provided mapping already exists. Please update or delete the existing mapping with UUID ${other.uuid}`,
  );
}
