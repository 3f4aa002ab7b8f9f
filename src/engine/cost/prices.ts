// Published on-demand prices (US East, N. Virginia) that the cost estimate uses, with where they were
// read and when. Prices change: the estimate is a teaching aid, and says which prices it assumed.

/** One tier: `upTo` units a month (cumulative; Infinity for the last) at `price` per unit. */
export interface PriceTier {
  upTo: number;
  price: number;
}

export const PRICES = {
  /** When these figures were read. */
  readOn: '2026-12-07',
  region: 'us-east-1',
  lambda: {
    source: ['https://aws.amazon.com/lambda/pricing/', 'https://aws.amazon.com/blogs/compute/introducing-tiered-pricing-for-aws-lambda/'],
    /** Per request, both architectures: $0.20 per million. */
    requestPrice: 0.2 / 1_000_000,
    /**
     * Per GB-second, tiered by the month's GB-seconds of each architecture. The tier bounds and
     * discounts (10% and 20%) are the tiered-pricing announcement's; the per-tier x86 figures and the
     * arm64 first-tier figure are the pricing page's. The arm64 second and third tier prices
     * ($0.0000120001, $0.0000106667) were found on a secondary source, not on the AWS page itself.
     */
    durationTiers: {
      x86_64: [
        { upTo: 6_000_000_000, price: 0.0000166667 },
        { upTo: 15_000_000_000, price: 0.000015 },
        { upTo: Infinity, price: 0.0000133334 },
      ],
      arm64: [
        { upTo: 7_500_000_000, price: 0.0000133334 },
        { upTo: 18_750_000_000, price: 0.0000120001 },
        { upTo: Infinity, price: 0.0000106667 },
      ],
    } satisfies Record<string, PriceTier[]>,
    /** The always-free tier, per month, shared by both architectures. */
    freeTier: { requests: 1_000_000, gbSeconds: 400_000 },
  },
  apigateway: {
    source: ['https://aws.amazon.com/api-gateway/pricing/'],
    /**
     * Per request. HTTP APIs: $1.00 per million for the first 300 million, $0.90 after. REST APIs:
     * $3.50 per million for the first 333 million, $2.80 for the next 667 million, $2.38 for the next
     * 19 billion, $1.51 beyond. The first tiers ($1.00, $3.50) were read on the AWS page; the lower
     * tiers were found on secondary sources quoting it.
     */
    httpTiers: [
      { upTo: 300_000_000, price: 1.0 / 1_000_000 },
      { upTo: Infinity, price: 0.9 / 1_000_000 },
    ],
    restTiers: [
      { upTo: 333_000_000, price: 3.5 / 1_000_000 },
      { upTo: 1_000_000_000, price: 2.8 / 1_000_000 },
      { upTo: 20_000_000_000, price: 2.38 / 1_000_000 },
      { upTo: Infinity, price: 1.51 / 1_000_000 },
    ],
    /** For 12 months after sign-up only: 1 million REST and 1 million HTTP API calls a month (read on the AWS page). */
    freeTier: { restRequests: 1_000_000, httpRequests: 1_000_000, months: 12 },
  },
  s3: {
    source: ['https://aws.amazon.com/s3/pricing/'],
    /**
     * S3 Standard requests: PUT, COPY, POST, LIST $0.005 per 1,000; GET, SELECT and others $0.0004
     * per 1,000. The AWS page's request table did not come through the search tool; these figures
     * are from secondary sources quoting it.
     */
    putPrice: 0.005 / 1000,
    getPrice: 0.0004 / 1000,
    /** For 12 months after sign-up: 2,000 PUT/COPY/POST/LIST and 20,000 GET requests a month (not confirmed on the AWS page here). */
    freeTier: { putRequests: 2000, getRequests: 20_000, months: 12 },
  },
} as const;

export type Prices = typeof PRICES;
