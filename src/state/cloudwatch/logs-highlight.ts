// Splits a log message into plain and matched parts for the terms of a filter pattern, so the Logs
// page and live tail can mark what matched (words and phrases; JSON and delimited patterns mark values).
import { parseFilterPattern } from '../../engine/logs/filter-pattern/parse';
import type { FilterPattern, JsonExpr, FieldExpr } from '../../engine/logs/filter-pattern/types';

export interface Segment {
  text: string;
  match: boolean;
}

/** The literal texts worth marking for a pattern (none for a pattern that does not parse). */
export function highlightTerms(pattern: string): string[] {
  let parsed: FilterPattern;
  try {
    parsed = parseFilterPattern(pattern);
  } catch {
    return [];
  }
  const out: string[] = [];
  const fromValue = (value: { kind: string; value: unknown }) => {
    if (value.kind === 'number') out.push(String(value.value));
    else for (const piece of String(value.value).split('*')) if (piece) out.push(piece);
  };
  const json = (e: JsonExpr): void => {
    if (e.kind === 'and' || e.kind === 'or') return void (json(e.left), json(e.right));
    if (e.kind === 'compare' && (e.op === '=' || e.value.kind === 'string')) fromValue(e.value);
  };
  const field = (e: FieldExpr): void => {
    if (e.kind === 'compare') return void (e.op === '=' && fromValue(e.value));
    field(e.left);
    field(e.right);
  };
  if (parsed.kind === 'terms') for (const t of [...parsed.required, ...parsed.optional]) if (t.kind === 'text') out.push(t.text);
  if (parsed.kind === 'json') json(parsed.expr);
  if (parsed.kind === 'delimited') for (const f of parsed.fields) if (f.kind === 'field' && f.condition) field(f.condition);
  return out;
}

/** The message cut at every occurrence of any term (case-sensitive, as filter patterns are). */
export function segments(message: string, terms: readonly string[]): Segment[] {
  if (terms.length === 0) return [{ text: message, match: false }];
  const out: Segment[] = [];
  let i = 0;
  let plainFrom = 0;
  while (i < message.length) {
    const term = terms.find((t) => message.startsWith(t, i));
    if (!term) { i++; continue; }
    if (i > plainFrom) out.push({ text: message.slice(plainFrom, i), match: false });
    out.push({ text: term, match: true });
    i += term.length;
    plainFrom = i;
  }
  if (plainFrom < message.length) out.push({ text: message.slice(plainFrom), match: false });
  return out;
}
