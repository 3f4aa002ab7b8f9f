// Aliases: named pointers to a version, optionally splitting traffic with a second version
// (RoutingConfig.AdditionalVersionWeights), validated as the Lambda API validates them.
import { invalidParameter, validationError } from '../errors';

/** An alias as GetAlias returns it. */
export interface AliasConfiguration {
  AliasArn: string;
  Name: string;
  FunctionVersion: string;
  Description: string;
  RoutingConfig?: { AdditionalVersionWeights: Record<string, number> };
  RevisionId: string;
}

export interface AliasInput {
  FunctionName: string;
  Name: string;
  FunctionVersion?: string;
  Description?: string;
  RoutingConfig?: { AdditionalVersionWeights?: Record<string, number> };
}

const ALIAS_NAME = /^(?!^[0-9]+$)([a-zA-Z0-9-_]+)$/;

export function validateAliasName(name: unknown): asserts name is string {
  if (typeof name !== 'string' || name.length < 1 || name.length > 128 || !ALIAS_NAME.test(name)) {
    throw validationError([`Value '${String(name)}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)`]);
  }
}

/** Checks a routing configuration against the alias's primary version and the published versions. */
export function validateRouting(
  primary: string,
  weights: Record<string, number> | undefined,
  versionExists: (version: string) => boolean,
): Record<string, number> | undefined {
  if (!weights || Object.keys(weights).length === 0) return undefined;
  const entries = Object.entries(weights);
  if (entries.length > 1) throw invalidParameter('Number of items in AdditionalVersionWeights cannot be greater than 1');
  const [version, weight] = entries[0]!;
  if (!(typeof weight === 'number' && weight >= 0 && weight <= 1)) {
    throw validationError([`Value '${String(weight)}' at 'routingConfig.additionalVersionWeights' failed to satisfy constraint: Map value must satisfy constraint: [Member must have value less than or equal to 1.0, Member must have value greater than or equal to 0.0]`]);
  }
  if (primary === '$LATEST' || version === '$LATEST') {
    throw invalidParameter('$LATEST is not supported for an alias pointing to more than 1 version');
  }
  if (version === primary) throw invalidParameter(`Invalid function version ${version}. Function version ${version} is already included in routing configuration.`);
  if (!versionExists(version)) throw invalidParameter(`Function version ${version} does not exist.`);
  return { [version]: weight };
}

/** Picks the version an alias invocation runs: the extra version with its weight, else the primary. */
export function routeAlias(alias: Pick<AliasConfiguration, 'FunctionVersion' | 'RoutingConfig'>, random: () => number): string {
  const weights = alias.RoutingConfig?.AdditionalVersionWeights ?? {};
  let roll = random();
  for (const [version, weight] of Object.entries(weights)) {
    if (roll < weight) return version;
    roll -= weight;
  }
  return alias.FunctionVersion;
}
