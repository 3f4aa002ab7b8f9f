// Resolves the intrinsic functions a template uses where the importer needs plain values:
// Ref (parameters' defaults, pseudo parameters, resources of the template), Fn::Sub, Fn::Join
// and Fn::GetAtt of the attributes the importer knows (a function's, queue's or rule's Arn, a
// queue's QueueName and QueueUrl, a topic's TopicName). Anything else is reported, never guessed.
import { ACCOUNT_ID, REGION } from '../engine/ids';
import { samImportNote } from './sam-import-notes';
import type { ReportItem } from './sam-shared';

type Raw = Record<string, unknown>;

const PSEUDO: Record<string, string> = {
  'AWS::Region': REGION,
  'AWS::AccountId': ACCOUNT_ID,
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
};

/** The one key of an intrinsic-function object (`{ "Fn::Sub": … }`), if the value is one. */
export function intrinsicName(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0] === 'Condition' || keys[0]!.startsWith('Fn::')) ? keys[0] : undefined;
}

export class Resolver {
  /** What `Ref <logical id>` of a resource means in the project (a function's or bucket's name, an API's id). */
  readonly refs = new Map<string, string>();
  /** What `!GetAtt <id>.<attribute>` (and `${<id>.<attribute>}` in Fn::Sub) means, keyed `<id>.<attribute>`. */
  readonly attributes = new Map<string, string>();
  readonly #usedParameters = new Set<string>();

  constructor(
    private readonly parameters: Raw,
    private readonly stackName: string,
    private readonly report: ReportItem[],
  ) {}

  #variable(name: string, path: string): string | undefined {
    if (name in PSEUDO) return PSEUDO[name];
    if (name === 'AWS::StackName') return this.stackName;
    const resource = this.refs.get(name) ?? this.attributes.get(name);
    if (resource !== undefined) return resource;
    const parameter = this.parameters[name] as Raw | undefined;
    if (parameter && parameter.Default !== undefined && typeof parameter.Default !== 'object') {
      if (!this.#usedParameters.has(name)) {
        this.#usedParameters.add(name);
        this.report.push(samImportNote(`Parameters.${name}`, 'parameterDefault', { value: JSON.stringify(parameter.Default) }));
      }
      return String(parameter.Default);
    }
    this.report.push(samImportNote(path, 'unresolvedRef', { name }));
    return undefined;
  }

  /** A plain string for `value`, or undefined (reported) when it cannot be worked out. */
  string(value: unknown, path: string): string | undefined {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    const name = intrinsicName(value);
    const arg = name ? (value as Raw)[name] : undefined;
    if (name === 'Ref' && typeof arg === 'string') return this.#variable(arg, path);
    if (name === 'Fn::Sub') {
      const [template, vars] = Array.isArray(arg) ? [arg[0], (arg[1] ?? {}) as Raw] : [arg, {} as Raw];
      if (typeof template !== 'string') return this.#unsupported(name, path);
      let failed = false;
      const out = template.replace(/\$\{([^}!]+)\}/g, (_, key: string) => {
        const resolved = key in vars ? this.string(vars[key], path) : this.#variable(key, path);
        if (resolved === undefined) failed = true;
        return resolved ?? '';
      });
      return failed ? undefined : out.replace(/\$\{!/g, '${');
    }
    if (name === 'Fn::GetAtt') {
      const [id, attribute] = Array.isArray(arg) ? arg : typeof arg === 'string' ? arg.split('.') : [];
      const resolved = typeof id === 'string' && typeof attribute === 'string' ? this.attributes.get(`${id}.${attribute}`) : undefined;
      if (resolved !== undefined) return resolved;
    }
    if (name === 'Fn::Join' && Array.isArray(arg) && typeof arg[0] === 'string' && Array.isArray(arg[1])) {
      const parts = arg[1].map((part: unknown) => this.string(part, path));
      return parts.every((p): p is string => p !== undefined) ? parts.join(arg[0]) : undefined;
    }
    return this.#unsupported(name, path);
  }

  /** The logical id named by `!Ref X`, `!GetAtt X.Arn` or `!Ref X.Alias`, with the alias part if any. */
  resourceOf(value: unknown): { id: string; alias: boolean } | undefined {
    const name = intrinsicName(value);
    const arg = name ? (value as Raw)[name] : undefined;
    if (name === 'Ref' && typeof arg === 'string') return arg.endsWith('.Alias') ? { id: arg.slice(0, -6), alias: true } : { id: arg, alias: false };
    if (name === 'Fn::GetAtt' && Array.isArray(arg) && typeof arg[0] === 'string' && arg[1] === 'Arn') return { id: arg[0], alias: false };
    if (name === 'Fn::Sub' && typeof arg === 'string') {
      const match = /^\$\{([A-Za-z0-9]+)\.Arn\}$/.exec(arg);
      if (match) return { id: match[1]!, alias: false };
    }
    return undefined;
  }

  #unsupported(name: string | undefined, path: string): undefined {
    this.report.push(name === undefined ? samImportNote(path, 'unresolvedValue', {}) : samImportNote(path, 'unresolved', { name }));
    return undefined;
  }
}
