// Details API Gateway fills in for each request: ids, forwarded headers, stage and target resolution.
import { hex } from '../../ids';
import type { ApiDef, IntegrationTarget } from './definitions';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** HTTP APIs' request ids look like `JKJaXmPLvHcESHA=`. */
export function shortRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(15));
  return `${Array.from(bytes, (b) => B64[b % B64.length]).join('')}=`;
}

/** A stable 6-character id per REST resource path, as API Gateway gives each resource one. */
export function resourceId(path: string): string {
  let hash = 5381;
  for (let i = 0; i < path.length; i++) hash = (hash * 33 + path.charCodeAt(i)) >>> 0;
  return hash.toString(36).padStart(6, '0').slice(-6);
}

/** Replaces `${stageVariables.name}` in an integration target, as API Gateway does for Lambda ARNs. */
export function resolveTarget(target: IntegrationTarget, variables: Record<string, string>): IntegrationTarget {
  const fill = (text: string) => text.replace(/\$\{stageVariables\.([A-Za-z0-9_]+)\}/g, (_, name: string) => variables[name] ?? '');
  return target.qualifier ? { functionName: fill(target.functionName), qualifier: fill(target.qualifier) } : { functionName: fill(target.functionName) };
}

/**
 * The headers API Gateway adds on the way to the export function (every official sample has them); a
 * browser request through the service worker has no Host, and no proxy in front added the rest.
 */
export function withForwardingHeaders(headers: [string, string][], domain: string, sourceIp: string, time: number, root?: string): [string, string][] {
  const has = (name: string) => headers.some(([n]) => n.toLowerCase() === name);
  const traceId = `Root=${root ?? `1-${Math.floor(time / 1000).toString(16).padStart(8, '0')}-${hex(24)}`}`;
  const added: [string, string][] = [
    ['Host', domain],
    ['X-Amzn-Trace-Id', traceId],
    ['X-Forwarded-For', sourceIp],
    ['X-Forwarded-Port', '443'],
    ['X-Forwarded-Proto', 'https'],
  ];
  return [...headers, ...added.filter(([name]) => !has(name.toLowerCase()))];
}

/** The stage a path addresses and the path after it; `$default` serves paths that name no stage. */
/** A malformed escape stays as sent rather than failing the request. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function locateStage(api: ApiDef, pathAfterId: string): { stage: ApiDef['stages'][number]; path: string } | undefined {
  if (api.kind === 'url') return { stage: { name: '$default', variables: {} }, path: pathAfterId };
  const [, first = '', ...rest] = pathAfterId.split('/');
  const named = api.stages.find((s) => s.name !== '$default' && s.name === safeDecode(first));
  if (named) return { stage: named, path: `/${rest.join('/')}` };
  const fallback = api.stages.find((s) => s.name === '$default');
  return fallback ? { stage: fallback, path: pathAfterId } : undefined;
}
