// Which diagram node an ARN names: a function (any qualifier), queue, topic, bucket, or table (its
// stream ARNs too). ARNs of another account or region, or of resources the diagram does not draw,
// name none.
import { ACCOUNT_ID, REGION } from '../../engine/ids';
import type { NodeKind } from './diagram-types';

const PATTERNS: Array<[NodeKind, RegExp]> = [
  ['function', /^arn:aws:lambda:([a-z0-9-]+):(\d{12}):function:([A-Za-z0-9_-]+)(?::[A-Za-z0-9$_-]+)?$/],
  ['queue', /^arn:aws:sqs:([a-z0-9-]+):(\d{12}):([A-Za-z0-9_.-]+)$/],
  ['topic', /^arn:aws:sns:([a-z0-9-]+):(\d{12}):([A-Za-z0-9_.-]+)$/],
  ['table', /^arn:aws:dynamodb:([a-z0-9-]+):(\d{12}):table\/([A-Za-z0-9_.-]+)(?:\/.*)?$/],
  ['rule', /^arn:aws:events:([a-z0-9-]+):(\d{12}):rule\/([A-Za-z0-9_.-]+)$/],
];

/** The node id (`<kind>:<name>`) an ARN names, or undefined. */
export function nodeIdOfArn(arn: unknown): string | undefined {
  if (typeof arn !== 'string') return undefined;
  const bucket = /^arn:aws:s3:::([a-z0-9.-]+)$/.exec(arn);
  if (bucket) return `bucket:${bucket[1]}`;
  for (const [kind, pattern] of PATTERNS) {
    const match = pattern.exec(arn);
    if (match) return match[1] === REGION && match[2] === ACCOUNT_ID ? `${kind}:${match[3]}` : undefined;
  }
  return undefined;
}
