// Embedded Metric Format: a function's log line that is an EMF document becomes metrics, as
// CloudWatch Logs extracts them on AWS. What breaks the specification's rules is left a plain log line.
import { STANDARD_UNITS, type Dimension } from './types';

/** One metric value set extracted from a document. */
export interface EmfMetric {
  namespace: string;
  name: string;
  dimensions: Dimension[];
  values: number[];
  unit?: string;
  /** Epoch ms from `_aws.Timestamp`. */
  timestamp: number;
}

const UNITS = new Set<string>(STANDARD_UNITS);
/** The specification's limits: dimension keys per set, metrics per directive, values per metric. */
const MAX_DIMENSION_KEYS = 30;
const MAX_METRICS = 100;
const MAX_VALUES = 100;

const isString = (v: unknown): v is string => typeof v === 'string';
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * The JSON of a log line: the whole message, or the message part of a Node.js runtime line
 * (`<time>\t<request id>\t<LEVEL>\t<message>`), since Lambda's console prefixes what a handler
 * logs and EMF libraries write through console.log there.
 */
function jsonPart(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed.startsWith('{')) return trimmed;
  const parts = line.split('\t');
  if (parts.length >= 4) {
    const message = parts.slice(3).join('\t').trim();
    if (message.startsWith('{')) return message;
  }
  return undefined;
}

/**
 * The metrics of an EMF log line, or undefined when it is not valid EMF: the line must be one JSON
 * object with `_aws` holding a numeric `Timestamp` and a `CloudWatchMetrics` array of directives,
 * each with a string `Namespace`, `Dimensions` (arrays of at most 30 keys, each naming a string
 * member of the root) and `Metrics` (at most 100, each a `Name` naming a member that is a number
 * or an array of at most 100 numbers, an optional `Unit` from CloudWatch's units, and
 * `StorageResolution` 1 or 60 when given).
 */
export function parseEmf(line: string): EmfMetric[] | undefined {
  // Cheap refusal first: most log lines are not EMF, and this runs for every line.
  if (!line.includes('"_aws"')) return undefined;
  const json = jsonPart(line);
  if (json === undefined) return undefined;
  let root: unknown;
  try {
    root = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!root || typeof root !== 'object' || Array.isArray(root)) return undefined;
  const doc = root as Record<string, unknown>;
  const aws = doc._aws as Record<string, unknown> | undefined;
  if (!aws || typeof aws !== 'object' || Array.isArray(aws)) return undefined;
  if (!isFiniteNumber(aws.Timestamp) || aws.Timestamp < 0) return undefined;
  const directives = aws.CloudWatchMetrics;
  if (!Array.isArray(directives)) return undefined;
  const out: EmfMetric[] = [];
  for (const directive of directives as unknown[]) {
    if (!directive || typeof directive !== 'object') return undefined;
    const { Namespace, Dimensions, Metrics } = directive as Record<string, unknown>;
    if (!isString(Namespace) || Namespace.trim() === '' || Namespace.length > 1024) return undefined;
    if (!Array.isArray(Dimensions) || !Array.isArray(Metrics) || Metrics.length > MAX_METRICS) return undefined;
    const dimensionSets: Dimension[][] = [];
    for (const set of Dimensions as unknown[]) {
      if (!Array.isArray(set) || set.length > MAX_DIMENSION_KEYS) return undefined;
      const dims: Dimension[] = [];
      for (const key of set as unknown[]) {
        if (!isString(key)) return undefined;
        const value = doc[key];
        if (!isString(value) || value.length > 1024) return undefined;
        dims.push({ Name: key, Value: value });
      }
      dimensionSets.push(dims);
    }
    // A directive with no dimension sets publishes its metrics without dimensions.
    if (dimensionSets.length === 0) dimensionSets.push([]);
    for (const metric of Metrics as unknown[]) {
      if (!metric || typeof metric !== 'object') return undefined;
      const { Name, Unit, StorageResolution } = metric as Record<string, unknown>;
      if (!isString(Name) || Name.length === 0 || Name.length > 1024) return undefined;
      if (Unit !== undefined && (!isString(Unit) || !UNITS.has(Unit))) return undefined;
      if (StorageResolution !== undefined && StorageResolution !== 1 && StorageResolution !== 60) return undefined;
      const target = doc[Name];
      const values = Array.isArray(target) ? target : [target];
      if (values.length === 0 || values.length > MAX_VALUES || !values.every(isFiniteNumber)) return undefined;
      for (const dimensions of dimensionSets) {
        out.push({ namespace: Namespace, name: Name, dimensions, values: values as number[], ...(Unit !== undefined ? { unit: Unit as string } : {}), timestamp: aws.Timestamp });
      }
    }
  }
  return out;
}
