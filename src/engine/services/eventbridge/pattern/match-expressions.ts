// The objects inside a pattern's arrays (`{ "prefix": "us-" }`, `{ "numeric": [">", 0] }`, …), read
// token by token in the order aws/event-ruler's JsonRuleCompiler reads them, so each mistake is
// reported with its words and at its place.
import { cidrRange } from './ip-address';
import { JsonParseError, type JsonReader, type Token } from './json-reader';
import type { Bound, Matcher } from './matchers';

const isNumber = (t: Token | null) => t === 'VALUE_NUMBER_INT' || t === 'VALUE_NUMBER_FLOAT';
const tooManyElements = (r: JsonReader): never => r.fail('Too many elements in numeric expression');
const onlyOneKey = (r: JsonReader): never => r.fail('Only one key allowed in match expression');

/** event-ruler compares numbers as doubles, refusing one a double cannot hold exactly. */
function comparable(r: JsonReader, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value)) r.fail(`Cannot compare number : ${text}`);
  return value;
}

/**
 * Wildcard values may not hold `**`, and a backslash escapes only `*` or `\`; positions count bytes
 * of the value with a quote before it, as event-ruler's WildcardParser sees it.
 */
function checkWildcard(r: JsonReader, text: string): void {
  const bytes = new TextEncoder().encode(`"${text}"`);
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x2a && bytes[i + 1] === 0x2a) r.fail(`Consecutive wildcard characters at pos ${i}`);
    if (bytes[i] === 0x5c) {
      if (bytes[i + 1] === 0x2a || bytes[i + 1] === 0x5c) i++;
      else r.fail(`Invalid escape character at pos ${i}`);
    }
  }
}

function numericRange(r: JsonReader): Matcher {
  let token = r.nextToken();
  if (token !== 'VALUE_STRING') r.fail(`Invalid member in numeric match: ${r.getText()}`);
  const operator = r.getText();
  token = r.nextToken();
  const operand = (name: string) => {
    if (!isNumber(token)) r.fail(`Value of ${name} must be numeric`);
    return comparable(r, r.getText());
  };
  switch (operator) {
    case '=': {
      const value = operand('equals');
      if (r.nextToken() !== 'END_ARRAY') tooManyElements(r);
      return { type: 'numeric', bottom: { value, open: false }, top: { value, open: false } };
    }
    case '<=':
    case '<': {
      const value = operand(operator);
      if (r.nextToken() !== 'END_ARRAY') tooManyElements(r);
      return { type: 'numeric', top: { value, open: operator === '<' } };
    }
    case '>=':
    case '>': {
      const bottom: Bound = { value: operand(operator), open: operator === '>' };
      token = r.nextToken();
      if (token === 'END_ARRAY') return { type: 'numeric', bottom };
      if (token !== 'VALUE_STRING') r.fail(`Bad value in numeric range: ${r.getText()}`);
      const second = r.getText();
      if (second !== '<' && second !== '<=') r.fail(`Bad numeric range operator: ${second}`);
      if (!isNumber(r.nextToken())) r.fail(`Value of ${second} must be numeric`);
      const top: Bound = { value: comparable(r, r.getText()), open: second === '<' };
      if (r.nextToken() !== 'END_ARRAY') r.fail('Too many terms in numeric range expression');
      if (bottom.value >= top.value) r.fail('Bottom must be less than top');
      return { type: 'numeric', bottom, top };
    }
    default:
      return r.fail(`Unrecognized numeric range operator: ${operator}`);
  }
}

type SetKind = 'anything-but-prefix' | 'anything-but-suffix' | 'anything-but-ignore-case' | 'anything-but-wildcard';

/** The message for a value of the wrong type in anything-but's prefix/suffix/equals-ignore-case/wildcard. */
const wrongSetValue = (kind: SetKind) =>
  kind === 'anything-but-ignore-case'
    ? 'Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.'
    : kind === 'anything-but-wildcard'
      ? 'wildcard match pattern must be a string'
      : 'prefix/suffix match pattern must be a string';

function setValue(r: JsonReader, kind: SetKind, token: Token | null): string {
  if (token !== 'VALUE_STRING') r.fail(wrongSetValue(kind));
  const text = r.getText();
  if ((kind === 'anything-but-prefix' || kind === 'anything-but-suffix') && text === '') r.fail('Null prefix/suffix not allowed');
  return text;
}

/**
 * Lists inside anything-but: event-ruler catches its own errors there and raises them again, so
 * their message carries the location twice (as EventBridge's does).
 */
function rethrowing<T>(r: JsonReader, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof JsonParseError) r.fail(error.message);
    throw error;
  }
}

function anythingBut(r: JsonReader): Matcher {
  let kind: 'anything-but' | SetKind = 'anything-but';
  let token = r.nextToken();
  if (token === 'START_OBJECT') {
    if (r.nextToken() !== 'FIELD_NAME') r.fail('Anything-But expression name not found');
    const op = r.currentName;
    const kinds: Record<string, SetKind> = { 'equals-ignore-case': 'anything-but-ignore-case', prefix: 'anything-but-prefix', suffix: 'anything-but-suffix', wildcard: 'anything-but-wildcard' };
    if (!Object.hasOwn(kinds, op)) r.fail(`Unsupported anything-but pattern: ${op}`);
    kind = kinds[op]!;
    token = r.nextToken();
  }
  if (token !== 'START_ARRAY' && token !== 'VALUE_STRING' && !isNumber(token)) r.fail('Value of anything-but must be an array or single string/number value.');
  let matcher: Matcher;
  if (kind === 'anything-but') {
    const values: Array<string | number> = [];
    if (token === 'START_ARRAY') {
      rethrowing(r, () => {
        let t: Token | null;
        while ((t = r.nextToken()) !== 'END_ARRAY') {
          if (t === 'VALUE_STRING') values.push(r.getText());
          else if (isNumber(t)) values.push(comparable(r, r.getText()));
          else r.fail('Inside anything but list, start|null|boolean is not supported.');
        }
      });
      const numbers = values.filter((v) => typeof v === 'number').length;
      if (numbers === values.length ? numbers === 0 : numbers > 0) r.fail('Inside anything but list, either all values are number or string, mixed type is not supported');
    } else values.push(token === 'VALUE_STRING' ? r.getText() : comparable(r, r.getText()));
    matcher = { type: 'anything-but', values };
  } else {
    const values: string[] = [];
    if (token === 'START_ARRAY') {
      rethrowing(r, () => {
        let t: Token | null;
        while ((t = r.nextToken()) !== 'END_ARRAY') values.push(setValue(r, kind as SetKind, t));
      });
      if (kind === 'anything-but-wildcard') for (const v of values) checkWildcard(r, v);
    } else {
      values.push(setValue(r, kind, token));
      if (kind === 'anything-but-wildcard') checkWildcard(r, values[0]!);
    }
    matcher = { type: kind, values };
  }
  if (r.nextToken() !== 'END_OBJECT') tooManyElements(r);
  if (kind !== 'anything-but' && r.nextToken() !== 'END_OBJECT') tooManyElements(r);
  return matcher;
}

/** `{ "prefix": { "equals-ignore-case": "x" } }` and the same for suffix. */
function ignoringCase(r: JsonReader, type: 'prefix' | 'suffix'): Matcher {
  const label = type === 'prefix' ? 'Prefix' : 'Suffix';
  if (r.nextToken() !== 'FIELD_NAME') r.fail(`${label} expression name not found`);
  if (r.currentName !== 'equals-ignore-case') r.fail(`Unsupported ${type} pattern: ${r.currentName}`);
  if (r.nextToken() !== 'VALUE_STRING') r.fail('equals-ignore-case match pattern must be a string');
  const value = r.getText();
  if (r.nextToken() !== 'END_OBJECT') onlyOneKey(r);
  if (r.nextToken() !== 'END_OBJECT') onlyOneKey(r);
  return { type, value, ignoreCase: true };
}

/** Reads one match expression after its `{`, through its `}`. */
export function matchExpression(r: JsonReader): Matcher {
  if (r.nextToken() !== 'FIELD_NAME') r.fail('Match expression name not found');
  const name = r.currentName;
  const stringValue = (what: string) => {
    if (r.nextToken() !== 'VALUE_STRING') r.fail(`${what} match pattern must be a string`);
    return r.getText();
  };
  const end = (matcher: Matcher) => {
    if (r.nextToken() !== 'END_OBJECT') onlyOneKey(r);
    return matcher;
  };
  switch (name) {
    case 'exactly':
      return end({ type: 'exactly', value: stringValue('exact') });
    case 'prefix':
    case 'suffix': {
      const token = r.nextToken();
      if (token === 'START_OBJECT') return ignoringCase(r, name);
      if (token !== 'VALUE_STRING') r.fail(`${name} match pattern must be a string`);
      return end({ type: name, value: r.getText(), ignoreCase: false });
    }
    case 'numeric': {
      if (r.nextToken() !== 'START_ARRAY') r.fail('Value of numeric must be an array.');
      const range = numericRange(r);
      if (r.nextToken() !== 'END_OBJECT') tooManyElements(r);
      return range;
    }
    case 'anything-but':
      return anythingBut(r);
    case 'exists': {
      const token = r.nextToken();
      if (token !== 'VALUE_TRUE' && token !== 'VALUE_FALSE') r.fail('exists match pattern must be either true or false.');
      return end({ type: 'exists', value: token === 'VALUE_TRUE' });
    }
    case 'cidr': {
      // event-ruler's wording: a cidr that is not a string is refused as "prefix match pattern".
      const range = cidrRange(stringValue('prefix'));
      return end({ type: 'cidr', ...range });
    }
    case 'equals-ignore-case':
      return end({ type: 'equals-ignore-case', value: stringValue('equals-ignore-case') });
    case 'wildcard': {
      const value = stringValue('wildcard');
      checkWildcard(r, value);
      return end({ type: 'wildcard', value });
    }
    default:
      return r.fail(`Unrecognized match type ${name}`);
  }
}
