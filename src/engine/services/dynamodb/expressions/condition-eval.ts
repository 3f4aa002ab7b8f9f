// Evaluates a parsed condition against an item, with DynamoDB's rules for missing attributes and mixed types.
import type { AttributeValue, Item } from '../attribute-value';
import type { Comparator, Condition, ConditionNode, FunctionCall, Operand } from './condition-ast';
import { getAtPath } from './paths';
import { attributeEquals, compareBytes, compareKeyValues, isOrderable, setContains, sizeOf } from './values';

/** Whether `item` satisfies `condition`; an undefined item stands for "no item" (attribute_not_exists holds). */
export function evaluateCondition(condition: Condition, item: Item | undefined): boolean {
  return evaluateNode(condition.root, item);
}

/** Evaluates one node of a condition tree. */
function evaluateNode(node: ConditionNode, item: Item | undefined): boolean {
  switch (node.kind) {
    case 'and':
      return evaluateNode(node.left, item) && evaluateNode(node.right, item);
    case 'or':
      return evaluateNode(node.left, item) || evaluateNode(node.right, item);
    case 'not':
      return !evaluateNode(node.operand, item);
    case 'compare':
      return compare(node.op, operandValue(node.left, item), operandValue(node.right, item));
    case 'between': {
      const [value, low, high] = [node.subject, node.low, node.high].map((operand) => operandValue(operand, item));
      if (!value || !low || !high || !isOrderable(value, low) || !isOrderable(value, high)) return false;
      return compareKeyValues(low, value) <= 0 && compareKeyValues(value, high) <= 0;
    }
    case 'in': {
      const value = operandValue(node.subject, item);
      if (!value) return false;
      return node.candidates.some((candidate) => {
        const other = operandValue(candidate, item);
        return other !== undefined && attributeEquals(value, other);
      });
    }
    case 'function':
      return callFunction(node.call, item);
  }
}

/** A missing operand makes every comparison false except '<>', which then holds: nothing equals a missing
 *  attribute. Values of different types are unequal and unordered. */
function compare(op: Comparator, left: AttributeValue | undefined, right: AttributeValue | undefined): boolean {
  if (op === '<>') return !left || !right || !attributeEquals(left, right);
  if (!left || !right) return false;
  if (op === '=') return attributeEquals(left, right);
  if (!isOrderable(left, right)) return false;
  const order = compareKeyValues(left, right);
  return op === '<' ? order < 0 : op === '<=' ? order <= 0 : op === '>' ? order > 0 : order >= 0;
}

/** An operand's value in `item`, or undefined when it has none (missing attribute, size of a number). */
function operandValue(operand: Operand, item: Item | undefined): AttributeValue | undefined {
  if (operand.kind === 'path') return getAtPath(item, operand.path);
  if (operand.kind === 'value') return operand.value;
  // Parsing let only size() through as an operand.
  const target = operandValue(operand.args[0]!, item);
  const size = target === undefined ? undefined : sizeOf(target);
  return size === undefined ? undefined : { N: String(size) };
}

function callFunction(call: FunctionCall, item: Item | undefined): boolean {
  const [first, second] = call.args.map((arg) => operandValue(arg, item));
  switch (call.name) {
    case 'attribute_exists':
      return first !== undefined;
    case 'attribute_not_exists':
      return first === undefined;
    case 'attribute_type':
      return first !== undefined && second !== undefined && 'S' in second && Object.keys(first)[0] === second.S;
    case 'begins_with':
      return first !== undefined && second !== undefined && beginsWith(first, second);
    case 'contains':
      return first !== undefined && second !== undefined && contains(first, second);
    default:
      return false;
  }
}

function beginsWith(value: AttributeValue, prefix: AttributeValue): boolean {
  if ('S' in value && 'S' in prefix) return value.S.startsWith(prefix.S);
  if ('B' in value && 'B' in prefix) return value.B.length >= prefix.B.length && compareBytes(value.B.subarray(0, prefix.B.length), prefix.B) === 0;
  return false;
}

/** contains(): a substring of S, a byte run of B, a member of a set, an element of a list. */
function contains(value: AttributeValue, operand: AttributeValue): boolean {
  if ('S' in value) return 'S' in operand && value.S.includes(operand.S);
  if ('B' in value) return 'B' in operand && includesBytes(value.B, operand.B);
  if ('L' in value) return value.L.some((element) => attributeEquals(element, operand));
  return setContains(value, operand);
}

function includesBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    if (compareBytes(haystack.subarray(start, start + needle.length), needle) === 0) return true;
  }
  return false;
}
