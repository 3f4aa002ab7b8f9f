// Whether a log event's message matches a parsed filter pattern, as CloudWatch Logs decides it.
import type { DelimitedField, FieldExpr, FilterPattern, JsonExpr, Literal, Selector, Term } from './types';
import { parseFilterPattern } from './parse';

/** A predicate over messages for `pattern` (throws FilterPatternError for a pattern AWS refuses). */
export function compileFilterPattern(pattern: string): (message: string) => boolean {
  const parsed = parseFilterPattern(pattern);
  return (message) => matchesPattern(parsed, message);
}

export function matchesPattern(pattern: FilterPattern, message: string): boolean {
  switch (pattern.kind) {
    case 'all':
      return true;
    case 'terms':
      return (
        pattern.required.every((t) => hasTerm(t, message)) &&
        (pattern.optional.length === 0 || pattern.optional.some((t) => hasTerm(t, message))) &&
        !pattern.excluded.some((t) => hasTerm(t, message))
      );
    case 'json': {
      const json = jsonOf(message);
      return json !== undefined && matchesJson(pattern.expr, json.value);
    }
    case 'delimited':
      return matchesDelimited(pattern.fields, splitFields(message));
  }
}

const hasTerm = (term: Term, message: string) => (term.kind === 'text' ? message.includes(term.text) : term.regex.test(message));

/**
 * The JSON object of a message. Lambda's text-format lines put a timestamp, request id and level
 * before what the handler logged, so the JSON is read from the first `{` when the whole line is not.
 */
export function jsonOf(message: string): { value: unknown } | undefined {
  const start = message.indexOf('{');
  if (start < 0) return undefined;
  const end = message.lastIndexOf('}');
  if (end < start) return undefined;
  try {
    const value: unknown = JSON.parse(message.slice(start, end + 1));
    return typeof value === 'object' && value !== null ? { value } : undefined;
  } catch {
    return undefined;
  }
}

/** Walks a selector; `found` is false when any step is missing. */
export function select(value: unknown, selector: Selector): { found: boolean; value?: unknown } {
  let current = value;
  for (const step of selector) {
    if (typeof step === 'number') {
      if (!Array.isArray(current) || step >= current.length) return { found: false };
      current = current[step];
    } else {
      if (typeof current !== 'object' || current === null || Array.isArray(current) || !Object.hasOwn(current, step)) return { found: false };
      current = (current as Record<string, unknown>)[step];
    }
  }
  return { found: true, value: current };
}

export function matchesJson(expr: JsonExpr, json: unknown): boolean {
  switch (expr.kind) {
    case 'and':
      return matchesJson(expr.left, json) && matchesJson(expr.right, json);
    case 'or':
      return matchesJson(expr.left, json) || matchesJson(expr.right, json);
    case 'notExists':
      return !select(json, expr.selector).found;
    case 'is': {
      const at = select(json, expr.selector);
      return at.found && at.value === (expr.what === 'TRUE' ? true : expr.what === 'FALSE' ? false : null);
    }
    case 'compare': {
      const at = select(json, expr.selector);
      if (!at.found) return false;
      if (expr.value.kind === 'string') {
        if (typeof at.value !== 'string') return false;
        return (expr.op === '=') === wildcardMatch(expr.value.value, at.value);
      }
      return typeof at.value === 'number' && compareNumbers(at.value, expr.op, expr.value.value);
    }
  }
}

function compareNumbers(a: number, op: string, b: number): boolean {
  switch (op) {
    case '=': return a === b;
    case '!=': return a !== b;
    case '<': return a < b;
    case '>': return a > b;
    case '<=': return a <= b;
    default: return a >= b;
  }
}

const wildcards = new Map<string, RegExp>();
/** `*` matches any run of characters; everything else literally; the whole value must match. */
export function wildcardMatch(pattern: string, value: string): boolean {
  if (!pattern.includes('*')) return pattern === value;
  let re = wildcards.get(pattern);
  if (!re) {
    re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*')}$`);
    if (wildcards.size > 500) wildcards.clear();
    wildcards.set(pattern, re);
  }
  return re.test(value);
}

/** A space-delimited line's fields: runs of non-space, with `"..."` and `[...]` kept whole (unwrapped). */
export function splitFields(message: string): string[] {
  const fields: string[] = [];
  const re = /"([^"]*)"|\[([^\]]*)\]|(\S+)/g;
  for (const m of message.matchAll(re)) fields.push(m[1] ?? m[2] ?? m[3]!);
  return fields;
}

function matchesDelimited(pattern: DelimitedField[], values: string[]): boolean {
  const bound = new Map<string, string>();
  const align = (p: number, v: number): boolean => {
    if (p === pattern.length) return v === values.length && conditionsHold(pattern, bound);
    const slot = pattern[p]!;
    if (slot.kind === 'ellipsis') {
      for (let skip = values.length - v; skip >= 0; skip--) if (align(p + 1, v + skip)) return true;
      return false;
    }
    if (v >= values.length) return false;
    bound.set(slot.name, values[v]!);
    return align(p + 1, v + 1);
  };
  return align(0, 0);
}

function conditionsHold(pattern: DelimitedField[], bound: Map<string, string>): boolean {
  return pattern.every((slot) => slot.kind === 'ellipsis' || !slot.condition || holds(slot.condition, bound));
}

function holds(expr: FieldExpr, bound: Map<string, string>): boolean {
  if (expr.kind !== 'compare') return expr.kind === 'and' ? holds(expr.left, bound) && holds(expr.right, bound) : holds(expr.left, bound) || holds(expr.right, bound);
  const value = bound.get(expr.field);
  return value !== undefined && compareField(value, expr.op, expr.value);
}

function compareField(value: string, op: string, literal: Literal): boolean {
  if (literal.kind === 'string') return (op === '=') === wildcardMatch(literal.value, value);
  const n = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value) ? Number(value) : NaN;
  return !Number.isNaN(n) && compareNumbers(n, op, literal.value);
}
