// Reads a CloudWatch Logs filter pattern: `{ ... }` is a JSON pattern, `[ ... ]` a space-delimited
// one, anything else unstructured terms (`ERROR "exact phrase" ?WARN -DEBUG %regex%`).
import { parseDelimited } from './parse-delimited';
import { parseJson } from './parse-json';
import { FilterPatternError, invalidTerm, type FilterPattern, type Term } from './types';

export { FilterPatternError } from './types';

/** Unquoted terms are letters, digits and underscores; anything else must be in double quotes. */
const BARE_TERM = /^[\p{L}\p{N}_]+$/u;
/** What CloudWatch accepts inside `%…%` (guide, "Supported regular expressions"); no ( ). */
const REGEX_TERM = /^[A-Za-z0-9_#=@/;,:'\-^$?[\]{}|\\*+. ]+$/;

/** Parses `pattern`, or throws a FilterPatternError with AWS's message and the column. */
export function parseFilterPattern(pattern: string): FilterPattern {
  const start = pattern.search(/\S/);
  if (start < 0) return { kind: 'all' };
  if (pattern[start] === '{') return { kind: 'json', expr: parseJson(pattern) };
  if (pattern[start] === '[') return { kind: 'delimited', fields: parseDelimited(pattern) };
  return parseTerms(pattern);
}

/** The pattern's error, if CloudWatch would refuse it. */
export function checkFilterPattern(pattern: string): FilterPatternError | undefined {
  try {
    parseFilterPattern(pattern);
    return undefined;
  } catch (error) {
    if (error instanceof FilterPatternError) return error;
    throw error;
  }
}

function parseTerms(pattern: string): FilterPattern {
  const out: FilterPattern & { kind: 'terms' } = { kind: 'terms', required: [], optional: [], excluded: [] };
  let i = 0;
  while (i < pattern.length) {
    if (/\s/.test(pattern[i]!)) { i++; continue; }
    const at = i;
    let list = out.required;
    if (pattern[i] === '?') { list = out.optional; i++; }
    else if (pattern[i] === '-' && i + 1 < pattern.length && /[\p{L}\p{N}_"%]/u.test(pattern[i + 1]!)) { list = out.excluded; i++; }
    const { term, end } = readTerm(pattern, i, at);
    list.push(term);
    i = end;
  }
  return out;
}

function readTerm(pattern: string, i: number, at: number): { term: Term; end: number } {
  if (pattern[i] === '"') {
    const close = pattern.indexOf('"', i + 1);
    if (close < 0) throw invalidTerm(pattern.slice(at), at + 1);
    const text = pattern.slice(i + 1, close);
    if (text === '') throw invalidTerm('""', at + 1);
    return { term: { kind: 'text', text }, end: close + 1 };
  }
  if (pattern[i] === '%') {
    const close = pattern.indexOf('%', i + 1);
    const source = close < 0 ? '' : pattern.slice(i + 1, close);
    if (close < 0 || source === '' || !REGEX_TERM.test(source)) throw invalidTerm(pattern.slice(at, close < 0 ? undefined : close + 1), at + 1);
    let regex: RegExp;
    try {
      regex = new RegExp(source);
    } catch {
      throw invalidTerm(pattern.slice(at, close + 1), at + 1);
    }
    return { term: { kind: 'regex', regex, source }, end: close + 1 };
  }
  let end = i;
  while (end < pattern.length && !/\s/.test(pattern[end]!)) end++;
  const text = pattern.slice(i, end);
  if (!BARE_TERM.test(text)) throw invalidTerm(pattern.slice(at, end), at + 1);
  return { term: { kind: 'text', text }, end };
}
