// What Lambda would charge: billed duration (rounded up to the millisecond) × memory in GB × the
// GB-second price, plus the request charge; per invocation, and per month with tiers and the free tier.
import { PRICES, type PriceTier } from './prices';

export type Architecture = 'x86_64' | 'arm64';

/** Lambda bills duration in 1 ms steps, rounded up (since December 2020). */
export function billedDurationMs(durationMs: number): number {
  return Math.max(1, Math.ceil(durationMs));
}

export function gbSeconds(billedMs: number, memoryMB: number): number {
  return (billedMs / 1000) * (memoryMB / 1024);
}

/** The charge of one invocation at the first tier's price, before any free tier. */
export function invocationCost(input: { durationMs: number; memoryMB: number; architecture?: Architecture }, prices = PRICES.lambda) {
  const billedMs = billedDurationMs(input.durationMs);
  const gbs = gbSeconds(billedMs, input.memoryMB);
  const compute = gbs * prices.durationTiers[input.architecture ?? 'x86_64'][0]!.price;
  return { billedMs, gbSeconds: gbs, computeUsd: compute, requestUsd: prices.requestPrice, totalUsd: compute + prices.requestPrice };
}

/** Units charged across tiers: each tier's price applies to the units falling inside its bounds. */
export function tiered(units: number, tiers: readonly PriceTier[]): number {
  let cost = 0;
  let floor = 0;
  for (const tier of tiers) {
    if (units <= floor) break;
    cost += (Math.min(units, tier.upTo) - floor) * tier.price;
    floor = tier.upTo;
  }
  return cost;
}

/** One function's expected month. */
export interface FunctionUsage {
  name: string;
  memoryMB: number;
  architecture?: Architecture;
  invocations: number;
  /** Average duration before rounding; each invocation is rounded up on its own, so pass billed ms if known. */
  averageDurationMs: number;
}

export interface MonthlyLambdaCost {
  requests: number;
  gbSeconds: { x86_64: number; arm64: number };
  computeUsd: number;
  requestUsd: number;
  totalUsd: number;
  /** Each function's share before the free tier (the free tier applies to the account, not a function). */
  perFunction: Array<{ name: string; gbSeconds: number; computeUsd: number; requestUsd: number; totalUsd: number }>;
}

/**
 * A month of Lambda for an account: GB-seconds summed per architecture and priced by tier; the free
 * tier's 400,000 GB-seconds are taken from x86 first (the dearer one), then arm64, and its million
 * requests from the request count. `freeTier: false` prices everything.
 */
export function monthlyLambdaCost(functions: readonly FunctionUsage[], options: { freeTier?: boolean; prices?: typeof PRICES.lambda } = {}): MonthlyLambdaCost {
  const prices = options.prices ?? PRICES.lambda;
  const gbs = { x86_64: 0, arm64: 0 };
  let requests = 0;
  const perFunction = functions.map((f) => {
    const arch = f.architecture ?? 'x86_64';
    const fnGbs = f.invocations * gbSeconds(billedDurationMs(f.averageDurationMs), f.memoryMB);
    gbs[arch] += fnGbs;
    requests += f.invocations;
    const computeUsd = fnGbs * prices.durationTiers[arch][0]!.price;
    const requestUsd = f.invocations * prices.requestPrice;
    return { name: f.name, gbSeconds: fnGbs, computeUsd, requestUsd, totalUsd: computeUsd + requestUsd };
  });
  let freeGbs = options.freeTier === false ? 0 : prices.freeTier.gbSeconds;
  const freeRequests = options.freeTier === false ? 0 : prices.freeTier.requests;
  let computeUsd = 0;
  for (const arch of ['x86_64', 'arm64'] as const) {
    const free = Math.min(freeGbs, gbs[arch]);
    freeGbs -= free;
    computeUsd += tiered(gbs[arch] - free, prices.durationTiers[arch]);
  }
  const requestUsd = Math.max(0, requests - freeRequests) * prices.requestPrice;
  return { requests, gbSeconds: gbs, computeUsd, requestUsd, totalUsd: computeUsd + requestUsd, perFunction };
}

/** Hours in a month as AWS's pricing calculator counts them (365 × 24 / 12). */
export const HOURS_PER_MONTH = 730;

/** A count seen over `windowMs` scaled to a month at the same rate. */
export function perMonth(count: number, windowMs: number): number {
  return windowMs <= 0 ? 0 : (count * HOURS_PER_MONTH * 3600_000) / windowMs;
}
