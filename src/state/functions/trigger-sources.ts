// What invokes a function, read from the project: the words the editor's event typing understands
// ('s3', 'api-http-2.0', 'sqs', ...). Only wired triggers count (routes, notifications, mappings,
// subscriptions, rule targets, authorizers); a destination or dead-letter delivery to a function is
// named as such, which the editor does not know, so that function keeps an untyped event.
import type { ProjectDoc } from '../../project/types';
import { projectWiring } from '../diagram/diagram-wiring';
import type { DiagramEdge } from '../diagram/diagram-types';

type Loose = Record<string, unknown>;

/** The name of one wired edge's source, as the editor names trigger sources. */
function sourceOf(edge: DiagramEdge, doc: ProjectDoc): string {
  switch (edge.kind) {
    case 'route': {
      const api = doc.apis.find((a) => `api:${a.id}` === edge.from);
      if (api?.kind === 'url') return 'function-url';
      if (api?.kind === 'rest') return 'api-rest';
      return `api-http-${api?.payloadFormat ?? '2.0'}`;
    }
    case 'notification': return 's3';
    case 'stream': return 'dynamodb-stream';
    case 'poll': return 'sqs';
    case 'subscription': return 'sns';
    case 'target': {
      const rule = (doc.rules ?? []).find((r) => `rule:${String((r as Loose).Name)}` === edge.from) as Loose | undefined;
      return typeof rule?.ScheduleExpression === 'string' ? 'schedule' : 'eventbridge-rule';
    }
    default: return edge.kind;
  }
}

/** Every distinct way the function is invoked by the project's wiring, in a stable order. */
export function triggerSources(doc: ProjectDoc, functionName: string): string[] {
  const node = `function:${functionName}`;
  // The wiring alone: the calls roles allow (the diagram's dashed edges) are not triggers, and
  // evaluating the policies on every keystroke of the editor would be wasted work.
  const sources = projectWiring(doc).edges
    .filter((edge) => edge.to === node)
    .map((edge) => sourceOf(edge, doc));
  for (const api of doc.apis) {
    for (const authorizer of api.authorizers ?? []) {
      if (authorizer.target.functionName === functionName) sources.push(api.kind === 'rest' ? 'authorizer-rest' : 'authorizer-http');
    }
  }
  return [...new Set(sources)].sort();
}
