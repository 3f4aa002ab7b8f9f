// API Gateway and S3 request charges for a month, with their (12-month) free tiers when asked for.
import { PRICES } from './prices';
import { tiered } from './lambda-cost';

/** A month of API requests: HTTP APIs and REST APIs are priced apart. */
export function monthlyApiGatewayCost(usage: { httpRequests?: number; restRequests?: number }, options: { freeTier?: boolean } = {}) {
  const p = PRICES.apigateway;
  const free = options.freeTier === true;
  const http = Math.max(0, (usage.httpRequests ?? 0) - (free ? p.freeTier.httpRequests : 0));
  const rest = Math.max(0, (usage.restRequests ?? 0) - (free ? p.freeTier.restRequests : 0));
  const httpUsd = tiered(http, p.httpTiers);
  const restUsd = tiered(rest, p.restTiers);
  return { httpUsd, restUsd, totalUsd: httpUsd + restUsd };
}

/** A month of S3 Standard requests: PUT/COPY/POST/LIST and GET. */
export function monthlyS3RequestCost(usage: { putRequests?: number; getRequests?: number }, options: { freeTier?: boolean } = {}) {
  const p = PRICES.s3;
  const free = options.freeTier === true;
  const puts = Math.max(0, (usage.putRequests ?? 0) - (free ? p.freeTier.putRequests : 0));
  const gets = Math.max(0, (usage.getRequests ?? 0) - (free ? p.freeTier.getRequests : 0));
  const putUsd = puts * p.putPrice;
  const getUsd = gets * p.getPrice;
  return { putUsd, getUsd, totalUsd: putUsd + getUsd };
}
