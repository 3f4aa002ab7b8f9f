// The cost formula against the worked examples of the Lambda pricing page, and the billing rules.
import { describe, expect, it } from 'vitest';
import { billedDurationMs, invocationCost, monthlyLambdaCost, perMonth, tiered } from './lambda-cost';
import { PRICES } from './prices';
import { monthlyApiGatewayCost, monthlyS3RequestCost } from './request-cost';

const cents = (usd: number) => Math.round(usd * 100) / 100;
/** The examples on the pricing page price GB-seconds at the rounded $0.00001667. */
const pagePrices = { ...PRICES.lambda, durationTiers: { ...PRICES.lambda.durationTiers, x86_64: [{ upTo: Infinity, price: 0.00001667 }] } };

describe('Lambda pricing page examples', () => {
  it('example 1: 512 MB, 3 million invocations of 1 s = $18.34 compute + $0.40 requests = $18.74', () => {
    const month = monthlyLambdaCost([{ name: 'f', memoryMB: 512, invocations: 3_000_000, averageDurationMs: 1000 }], { prices: pagePrices });
    expect(month.gbSeconds.x86_64).toBe(1_500_000);
    expect(cents(month.computeUsd)).toBe(18.34);
    expect(cents(month.requestUsd)).toBe(0.4);
    expect(cents(month.totalUsd)).toBe(18.74);
  });

  it('example 2: 128 MB, 30 million invocations of 200 ms = $5.83 compute + $5.80 requests = $11.63', () => {
    const month = monthlyLambdaCost([{ name: 'f', memoryMB: 128, invocations: 30_000_000, averageDurationMs: 200 }], { prices: pagePrices });
    expect(month.gbSeconds.x86_64).toBe(750_000);
    expect(cents(month.computeUsd)).toBe(5.83);
    expect(cents(month.requestUsd)).toBe(5.8);
    expect(cents(month.totalUsd)).toBe(11.63);
  });

  it('at the exact published price example 1 comes to $18.33 of compute', () => {
    expect(cents(monthlyLambdaCost([{ name: 'f', memoryMB: 512, invocations: 3_000_000, averageDurationMs: 1000 }]).computeUsd)).toBe(18.33);
  });
});

describe('billing rules', () => {
  it('rounds duration up to the millisecond', () => {
    expect(billedDurationMs(1.0001)).toBe(2);
    expect(billedDurationMs(12.34)).toBe(13);
    expect(billedDurationMs(13)).toBe(13);
    expect(billedDurationMs(0.2)).toBe(1);
  });

  it('prices one invocation as billed ms × GB × price + one request', () => {
    const one = invocationCost({ durationMs: 99.2, memoryMB: 1024 });
    expect(one.billedMs).toBe(100);
    expect(one.gbSeconds).toBeCloseTo(0.1, 12);
    expect(one.totalUsd).toBeCloseTo(0.1 * 0.0000166667 + 0.0000002, 15);
    expect(invocationCost({ durationMs: 100, memoryMB: 1024, architecture: 'arm64' }).computeUsd).toBeCloseTo(0.1 * 0.0000133334, 15);
  });

  it('applies tiers to the GB-seconds falling inside each', () => {
    const tiers = PRICES.lambda.durationTiers.x86_64;
    expect(tiered(7_000_000_000, tiers)).toBeCloseTo(6e9 * 0.0000166667 + 1e9 * 0.000015, 3);
  });

  it('takes the free tier once for the account and lists each function without it', () => {
    const month = monthlyLambdaCost([
      { name: 'a', memoryMB: 1024, invocations: 600_000, averageDurationMs: 1000 },
      { name: 'b', memoryMB: 1024, architecture: 'arm64', invocations: 600_000, averageDurationMs: 1000 },
    ]);
    // 600,000 x86 GB-s − 400,000 free = 200,000 at x86's price; arm64's 600,000 all at arm64's price.
    expect(month.computeUsd).toBeCloseTo(200_000 * 0.0000166667 + 600_000 * 0.0000133334, 6);
    expect(month.requestUsd).toBeCloseTo(200_000 * 0.0000002, 9);
    expect(month.perFunction.map((f) => f.name)).toEqual(['a', 'b']);
    expect(month.perFunction[0]!.computeUsd).toBeCloseTo(600_000 * 0.0000166667, 6);
  });

  it('scales a count seen over a window to a 730-hour month', () => {
    expect(perMonth(10, 3600_000)).toBe(7300);
  });
});

describe('API Gateway and S3 requests', () => {
  it('prices HTTP and REST API requests per million, with tiers', () => {
    expect(monthlyApiGatewayCost({ httpRequests: 1_000_000, restRequests: 1_000_000 })).toEqual({ httpUsd: 1, restUsd: 3.5, totalUsd: 4.5 });
    expect(monthlyApiGatewayCost({ httpRequests: 400_000_000 }).httpUsd).toBeCloseTo(300 + 90, 6);
    expect(monthlyApiGatewayCost({ httpRequests: 1_000_000 }, { freeTier: true }).totalUsd).toBe(0);
  });

  it('prices S3 PUTs and GETs per thousand', () => {
    const cost = monthlyS3RequestCost({ putRequests: 10_000, getRequests: 100_000 });
    expect(cost.putUsd).toBeCloseTo(0.05, 10);
    expect(cost.getUsd).toBeCloseTo(0.04, 10);
  });
});
