// The numbers of the cost cards: one function's billed duration, GB-seconds and dollars per invocation
// and per month (x86 and arm64, with and without the free tier), and a project's month at a chosen rate.
import { billedDurationMs, gbSeconds, HOURS_PER_MONTH, invocationCost, monthlyLambdaCost, type Architecture } from '../../engine/cost/lambda-cost';
import { monthlyApiGatewayCost } from '../../engine/cost/request-cost';

export type RateUnit = 'second' | 'month';
export const ARCHITECTURES: readonly Architecture[] = ['x86_64', 'arm64'];

/** Requests a month at `rate` per second (a 730-hour month, as AWS's calculator counts) or per month. */
export function monthlyRequests(rate: number, unit: RateUnit): number {
  if (!Number.isFinite(rate) || rate < 0) return 0;
  return unit === 'second' ? rate * HOURS_PER_MONTH * 3600 : rate;
}

export interface DurationBasis {
  durationMs: number;
  billedMs: number;
  gbSeconds: number;
}

function basis(durationMs: number, memoryMB: number): DurationBasis {
  const billedMs = billedDurationMs(durationMs);
  return { durationMs, billedMs, gbSeconds: gbSeconds(billedMs, memoryMB) };
}

export interface ArchitectureCost {
  architecture: Architecture;
  perInvocationUsd: number;
  monthlyUsd: number;
  monthlyAfterFreeTierUsd: number;
}

export interface FunctionCostCard {
  last?: DurationBasis;
  average?: DurationBasis;
  monthlyInvocations: number;
  /** Priced at the average duration when there is one, else the last invocation's. */
  architectures: ArchitectureCost[];
}

export function functionCostCard(input: { memoryMB: number; lastDurationMs?: number; averageDurationMs?: number; monthlyInvocations: number }): FunctionCostCard {
  const last = input.lastDurationMs !== undefined ? basis(input.lastDurationMs, input.memoryMB) : undefined;
  const average = input.averageDurationMs !== undefined ? basis(input.averageDurationMs, input.memoryMB) : undefined;
  const priced = average ?? last;
  const architectures = priced
    ? ARCHITECTURES.map((architecture) => {
        const usage = [{ name: 'fn', memoryMB: input.memoryMB, architecture, invocations: input.monthlyInvocations, averageDurationMs: priced.durationMs }];
        return {
          architecture,
          perInvocationUsd: invocationCost({ durationMs: priced.durationMs, memoryMB: input.memoryMB, architecture }).totalUsd,
          monthlyUsd: monthlyLambdaCost(usage, { freeTier: false }).totalUsd,
          monthlyAfterFreeTierUsd: monthlyLambdaCost(usage).totalUsd,
        };
      })
    : [];
  return { ...(last ? { last } : {}), ...(average ? { average } : {}), monthlyInvocations: input.monthlyInvocations, architectures };
}

/** What the range showed of one function. */
export interface ObservedFunction {
  name: string;
  memoryMB: number;
  architecture: Architecture;
  invocations: number;
  durationSumMs: number;
}

export interface ObservedApi {
  name: string;
  kind: 'rest' | 'http';
  requests: number;
}

export interface ProjectCostRow {
  name: string;
  requestsPerMonth: number;
  gbSecondsPerMonth: number;
  usd: number;
}

export interface ProjectCost {
  /** Months' requests per request seen: the busiest resource runs at the chosen rate, the rest in proportion. */
  scale: number;
  functions: ProjectCostRow[];
  apis: Array<ProjectCostRow & { kind: 'rest' | 'http' }>;
  totalUsd: number;
  /** Lambda's always-free tier, and API Gateway's first-year one, taken off. */
  totalAfterFreeTierUsd: number;
}

export function projectCost(functions: readonly ObservedFunction[], apis: readonly ObservedApi[], monthlyRate: number): ProjectCost {
  const busiest = Math.max(0, ...functions.map((f) => f.invocations), ...apis.map((a) => a.requests));
  const scale = busiest > 0 ? monthlyRate / busiest : 0;
  const usage = functions.map((f) => ({
    name: f.name, memoryMB: f.memoryMB, architecture: f.architecture, invocations: f.invocations * scale,
    averageDurationMs: f.invocations > 0 ? f.durationSumMs / f.invocations : 0,
  }));
  const lambda = monthlyLambdaCost(usage, { freeTier: false });
  const lambdaFree = monthlyLambdaCost(usage);
  const requestsOf = (kind: 'rest' | 'http') => apis.filter((a) => a.kind === kind).reduce((n, a) => n + a.requests * scale, 0);
  const apiUsage = { restRequests: requestsOf('rest'), httpRequests: requestsOf('http') };
  const apiCost = monthlyApiGatewayCost(apiUsage);
  const apiFree = monthlyApiGatewayCost(apiUsage, { freeTier: true });
  const apiRows = apis.map((a) => {
    const requests = a.requests * scale;
    const usd = monthlyApiGatewayCost(a.kind === 'rest' ? { restRequests: requests } : { httpRequests: requests }).totalUsd;
    return { name: a.name, kind: a.kind, requestsPerMonth: requests, gbSecondsPerMonth: 0, usd };
  });
  return {
    scale,
    functions: lambda.perFunction.map((f, i) => ({ name: f.name, requestsPerMonth: usage[i]!.invocations, gbSecondsPerMonth: f.gbSeconds, usd: f.totalUsd })),
    apis: apiRows,
    totalUsd: lambda.totalUsd + apiCost.totalUsd,
    totalAfterFreeTierUsd: lambdaFree.totalUsd + apiFree.totalUsd,
  };
}

/** Dollars as a person reads them: cents for everyday sums, more digits for a fraction of a cent. */
export function formatUsd(usd: number, locale = 'en-US'): string {
  const digits = usd === 0 ? 2 : usd < 0.01 ? Math.min(10, 2 - Math.floor(Math.log10(usd)) + 1) : 2;
  return `$${usd.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: digits })}`;
}
