// Compiles an event pattern's JSON text as aws/event-ruler's JsonRuleCompiler (what EventBridge runs)
// does: nested objects become dotted paths, each path's array lists what it may match, and `$or`
// forks the pattern into branches. Errors carry event-ruler's words and Jackson's location.
import { JsonReader, type Token } from './json-reader';
import { matchExpression } from './match-expressions';
import type { Matcher } from './matchers';

/** One way a pattern can match: every path must match one of its matchers. */
export type Branch = Map<string, Matcher[]>;

const RESERVED_IN_OR = new Set([
  'exactly', 'equals-ignore-case', 'prefix', 'suffix', 'anything-but', 'exists', 'wildcard', 'numeric', 'cidr',
  '=', '<', '<=', '>', '>=', 'regex', 'not-wildcard', 'not-equals-ignore-case',
  'date-after', 'date-on-or-after', 'date-before', 'date-on-or-before', 'in-date-range',
  'ip-address-in-range', 'ip-address-not-in-range',
]);

const extended = (path: string[], step: string) => [...path, step].join('.');

/** A field's array of values, after its `[`: each is matched exactly or is a match expression. */
function writeRules(r: JsonReader, branches: Branch[], name: string): void {
  const values: Matcher[] = [];
  let token: Token | null;
  while ((token = r.nextToken()) !== 'END_ARRAY') {
    switch (token) {
      case 'START_OBJECT':
        values.push(matchExpression(r));
        break;
      case 'VALUE_STRING':
        values.push({ type: 'exactly', value: r.getText() });
        break;
      case 'VALUE_NUMBER_INT':
      case 'VALUE_NUMBER_FLOAT':
        values.push({ type: 'exactly', value: Number(r.getText()) });
        break;
      case 'VALUE_TRUE':
      case 'VALUE_FALSE':
        values.push({ type: 'exactly', value: token === 'VALUE_TRUE' });
        break;
      case 'VALUE_NULL':
        values.push({ type: 'exactly', value: null });
        break;
      default:
        r.fail('Match value must be String, number, true, false, or null');
    }
  }
  if (values.length === 0) r.fail('Empty arrays are not allowed');
  if (branches.length === 0) branches.push(new Map());
  // A path given twice: the later array replaces the earlier (event-ruler compiles "with overriding").
  for (const branch of branches) branch.set(name, values);
}

function parseObject(r: JsonReader, branches: Branch[], path: string[], insideOr: boolean): void {
  let fieldsPresent = false;
  while (r.nextToken() !== 'END_OBJECT') {
    fieldsPresent = true;
    const step = r.currentName;
    if (step === '$or') {
      parseOr(r, branches, path);
      continue;
    }
    if (insideOr && RESERVED_IN_OR.has(step)) r.fail(`${step} is Ruler reserved fieldName which cannot be used inside $or.`);
    switch (r.nextToken()) {
      case 'START_OBJECT':
        parseObject(r, branches, [...path, step], insideOr);
        break;
      case 'START_ARRAY':
        writeRules(r, branches, extended(path, step));
        break;
      default:
        r.fail(`"${step}" must be an object or an array`);
    }
  }
  if (!fieldsPresent) r.fail('Empty objects are not allowed');
}

/** `"$or": [ {…}, {…} ]`: each object continues every branch so far, so the branches multiply. */
function parseOr(r: JsonReader, branches: Branch[], path: string[]): void {
  const current = branches.map((b) => new Map(b));
  branches.length = 0;
  if (r.nextToken() !== 'START_ARRAY') r.fail('It must be an Array followed with $or.');
  let count = 0;
  let token: Token | null;
  while ((token = r.nextToken()) !== 'END_ARRAY') {
    count++;
    if (token !== 'START_OBJECT') r.fail('Only JSON object is allowed in array of $or relationship.');
    const forked = current.length ? current.map((b) => new Map(b)) : [new Map<string, Matcher[]>()];
    parseObject(r, forked, path, true);
    branches.push(...forked);
  }
  if (count < 2) r.fail('There must have at least 2 Objects in $or relationship.');
}

/** Compiles a pattern; throws JsonParseError (event-ruler's barf) or PatternError (its unlocated errors). */
export function compilePattern(text: string): Branch[] {
  const r = new JsonReader(text);
  if (r.nextToken() !== 'START_OBJECT') r.fail('Filter is not an object');
  const branches: Branch[] = [];
  parseObject(r, branches, [], false);
  return branches;
}
