// Compiles a policy's tokens into the alternatives a message is matched against: keys (dotted paths
// for nested body properties) with their rules, `$or` forking the alternatives, as SNS's matching
// engine (aws/event-ruler's JsonRuleCompiler) reads them, with its words and positions.
import { TokenCursor } from './cursor';
import type { Token } from './json-tokens';
import { readMatchExpression } from './match-expression';
import { PolicyError, type Conjunction, type Rule } from './types';

type Alternative = Map<string, Rule[]>;

/** More alternatives than this cannot pass SNS's complexity limit (150 combinations) anyway. */
const MAX_ALTERNATIVES = 1000;

const join = (path: string, name: string) => (path ? `${path}.${name}` : name);

/** Every way of taking one alternative from each side; a key on the right replaces the same key on the left. */
function product(left: Alternative[], right: Alternative[]): Alternative[] {
  if (left.length * right.length > MAX_ALTERNATIVES) throw new PolicyError('policy', 'Filter policy is too complex', undefined);
  return left.flatMap((a) => right.map((b) => new Map([...a, ...b])));
}

/** A key's array: literals match exactly; objects are match expressions. */
function readRules(c: TokenCursor, path: string): Rule[] {
  const rules: Rule[] = [];
  for (let token = c.next(), index = 0; token.type !== ']'; token = c.next(), index++) {
    const at = `${path}[${index}]`;
    switch (token.type) {
      case '{':
        rules.push(readMatchExpression(c, at));
        break;
      case 'string':
        rules.push({ type: 'equals', value: c.text() });
        break;
      case 'number':
        rules.push({ type: 'equals', value: Number(token.text) });
        break;
      case 'true':
      case 'false':
        rules.push({ type: 'equals', value: token.type === 'true' });
        break;
      case 'null':
        rules.push({ type: 'equals', value: null });
        break;
      default:
        c.fail('Match value must be String, number, true, false, or null', at);
    }
  }
  if (rules.length === 0) c.fail('Empty arrays are not allowed', path);
  return rules;
}

/** `"$or": [ {…}, {…} ]`: at least two objects, each a set of alternatives of its own. */
function readOr(c: TokenCursor, keys: string[], path: string): Alternative[] {
  const at = join(path, '$or');
  if (c.next().type !== '[') c.fail('It must be an Array followed with $or.', at);
  const branches: Alternative[] = [];
  let count = 0;
  for (let token = c.next(); token.type !== ']'; token = c.next()) {
    if (token.type !== '{') c.fail('Only JSON object is allowed in array of $or relationship.', at);
    branches.push(...readObject(c, keys, `${at}[${count++}]`));
    if (branches.length > MAX_ALTERNATIVES) throw new PolicyError('policy', 'Filter policy is too complex', undefined);
  }
  if (count < 2) c.fail('There must have at least 2 Objects in $or relationship.', at);
  return branches;
}

/** An object's fields (its `{` already read): nested objects extend the key path. */
function readObject(c: TokenCursor, keys: string[], path: string): Alternative[] {
  let alternatives: Alternative[] = [new Map()];
  let fields = false;
  for (let token = c.next(); token.type !== '}'; token = c.next()) {
    fields = true;
    const name = token.text;
    if (name === '$or') {
      alternatives = product(alternatives, readOr(c, keys, path));
      continue;
    }
    const value = c.next();
    if (value.type === '{') alternatives = product(alternatives, readObject(c, [...keys, name], join(path, name)));
    else if (value.type === '[') {
      const rules = readRules(c, join(path, name));
      const key = [...keys, name].join('.');
      alternatives = alternatives.map((a) => new Map(a).set(key, rules));
    } else c.fail(`"${name}" must be an object or an array`, join(path, name));
  }
  if (!fields) c.fail('Empty objects are not allowed', path);
  return alternatives;
}

/** The policy's alternatives, each a list of keys that must all match. */
export function compilePolicy(tokens: readonly Token[]): Conjunction[] {
  const c = new TokenCursor(tokens);
  if (c.next().type !== '{') c.fail('Filter is not an object', '');
  return readObject(c, [], '').map((alternative) => [...alternative].map(([key, rules]) => ({ key, rules })));
}
