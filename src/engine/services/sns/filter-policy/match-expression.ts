// One match expression of a filter policy (`{"prefix": "a"}`, `{"numeric": [">", 0, "<=", 5]}` …), read
// in the order and with the words of SNS's matching engine (aws/event-ruler's RuleCompiler), which
// checks each token as it reads it — so the first problem in the text is the one reported.
import { CidrError, parseCidr } from './cidr';
import type { TokenCursor } from './cursor';
import type { Token } from './json-tokens';
import { PolicyError, type Bound, type Rule } from './types';

/** The operators SNS documents (no wildcard, no anything-but equals-ignore-case). */
const STRING_OPERATORS = new Set(['prefix', 'suffix', 'equals-ignore-case']);

/** `getText()` of a token that is not a string: a number's digits, or the bracket or literal itself. */
const raw = (token: Token) => token.text;

function endOfExpression(c: TokenCursor, path: string): void {
  if (c.next().type !== '}') c.fail('Only one key allowed in match expression', path);
}

/** Reads `{ "<operator>": … }` (the `{` already read); `path` names the rule, e.g. `price[1]`. */
export function readMatchExpression(c: TokenCursor, path: string): Rule {
  const name = c.next();
  if (name.type !== 'name') return c.fail('Match expression name not found', path);
  const operator = name.text;
  const at = `${path}.${operator}`;
  if (STRING_OPERATORS.has(operator)) {
    if (c.next().type !== 'string') c.fail(`${operator} match pattern must be a string`, at);
    const value = c.text();
    endOfExpression(c, at);
    return { type: operator as 'prefix' | 'suffix' | 'equals-ignore-case', value };
  }
  switch (operator) {
    case 'numeric': {
      if (c.next().type !== '[') c.fail('Value of numeric must be an array.', at);
      const rule = readNumeric(c, at);
      if (c.next().type !== '}') c.fail('Too many elements in numeric expression', at);
      return rule;
    }
    case 'anything-but':
      return readAnythingBut(c, at);
    case 'exists': {
      const value = c.next();
      if (value.type !== 'true' && value.type !== 'false') c.fail('exists match pattern must be either true or false.', at);
      endOfExpression(c, at);
      return { type: 'exists', value: value.type === 'true' };
    }
    case 'cidr': {
      // SNS's engine words a non-string CIDR as it words a bad prefix (recorded from AWS).
      if (c.next().type !== 'string') c.fail('prefix match pattern must be a string', at);
      const text = c.text();
      try {
        const network = parseCidr(text);
        endOfExpression(c, at);
        return { type: 'cidr', network, text };
      } catch (error) {
        // A CIDR's own problems come from outside the JSON parser: SNS reports them without a position.
        if (error instanceof CidrError) throw new PolicyError('rule', error.message, undefined, at);
        throw error;
      }
    }
    default:
      return c.fail(`Unrecognized match type ${operator}`, at);
  }
}

/** `anything-but`: a value, a list of strings or of numbers, or `{"prefix": …}` / `{"suffix": …}`. */
function readAnythingBut(c: TokenCursor, at: string): Rule {
  const first = c.next();
  if (first.type === '{') {
    const name = c.next();
    if (name.type !== 'name') return c.fail('Anything-But expression name not found', at);
    const operator = name.text;
    if (operator !== 'prefix' && operator !== 'suffix') c.fail(`Unsupported anything-but pattern: ${operator}`, at);
    if (c.next().type !== 'string') c.fail(`${operator} match pattern must be a string`, `${at}.${operator}`);
    const value = c.text();
    endOfExpression(c, at);
    endOfExpression(c, at);
    return { type: operator === 'prefix' ? 'anything-but-prefix' : 'anything-but-suffix', value };
  }
  const values: Array<string | number> = [];
  if (first.type === '[') {
    for (let token = c.next(); token.type !== ']'; token = c.next()) {
      if (token.type === 'string') values.push(c.text());
      else if (token.type === 'number') values.push(Number(token.text));
      else c.fail('Inside anything but list, start|null|boolean is not supported.', at);
    }
    const strings = values.filter((v) => typeof v === 'string').length;
    if (values.length === 0 || (strings > 0 && strings < values.length)) {
      c.fail('Inside anything but list, either all values are number or string, mixed type is not supported', at);
    }
  } else if (first.type === 'string') {
    values.push(c.text());
  } else if (first.type === 'number') {
    values.push(Number(first.text));
  } else {
    c.fail('Value of anything-but must be an array or single string/number value.', at);
  }
  // The engine reuses its numeric wording here (RuleCompiler's tooManyElements).
  if (c.next().type !== '}') c.fail('Too many elements in numeric expression', at);
  return { type: 'anything-but', values };
}

/** `["=", 5]`, `[">", 0]`, `["<=", 9]`, `[">=", 0, "<", 10]`, the `[` already read. */
function readNumeric(c: TokenCursor, at: string): Rule {
  const first = c.next();
  if (first.type !== 'string') c.fail(`Invalid member in numeric match: ${raw(first)}`, at);
  const operator = c.text();
  const value = c.next();
  const numeric = value.type === 'number';
  const bound = (inclusive: boolean): Bound => ({ value: Number(value.text), inclusive });
  switch (operator) {
    case '=': {
      if (!numeric) c.fail('Value of equals must be numeric', at);
      if (c.next().type !== ']') c.fail('Too many elements in numeric expression', at);
      return { type: 'numeric', lower: bound(true), upper: bound(true) };
    }
    case '>=':
    case '>': {
      if (!numeric) c.fail(`Value of ${operator} must be numeric`, at);
      const lower = bound(operator === '>=');
      const next = c.next();
      return next.type === ']' ? { type: 'numeric', lower } : { type: 'numeric', lower, upper: readUpper(c, next, lower, at) };
    }
    case '<=':
    case '<': {
      if (!numeric) c.fail(`Value of ${operator} must be numeric`, at);
      if (c.next().type !== ']') c.fail('Too many elements in numeric expression', at);
      return { type: 'numeric', upper: bound(operator === '<=') };
    }
    default:
      return c.fail(`Unrecognized numeric range operator: ${operator}`, at);
  }
}

/** The `"<", 10` half of a range, and the closing `]`; the bottom must be below the top. */
function readUpper(c: TokenCursor, token: Token, lower: Bound, at: string): Bound {
  if (token.type !== 'string') c.fail(`Bad value in numeric range: ${raw(token)}`, at);
  const operator = c.text();
  if (operator !== '<' && operator !== '<=') c.fail(`Bad numeric range operator: ${operator}`, at);
  const value = c.next();
  if (value.type !== 'number') c.fail(`Value of ${operator} must be numeric`, at);
  if (c.next().type !== ']') c.fail('Too many terms in numeric range expression', at);
  const upper = { value: Number(value.text), inclusive: operator === '<=' };
  if (lower.value >= upper.value) c.fail('Bottom must be less than top', at);
  return upper;
}
