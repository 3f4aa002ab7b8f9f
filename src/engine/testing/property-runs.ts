// How many cases a property test tries: a few hundred in the unit suite, and the count in
// DEEP_PROPERTY_RUNS (`npm run test:deep`, 10,000) for the full, nightly-style run.

/** The runs for one property: `quick` normally, the deep count when DEEP_PROPERTY_RUNS is set (scaled by `share` for costly ones). */
export function propertyRuns(quick = 200, share = 1): number {
  const deep = Number(globalThis.process?.env?.DEEP_PROPERTY_RUNS);
  return Number.isFinite(deep) && deep > 0 ? Math.max(1, Math.ceil(deep * share)) : quick;
}

/** fast-check's parameters for `propertyRuns(quick, share)`. */
export const runs = (quick = 200, share = 1) => ({ numRuns: propertyRuns(quick, share) });
