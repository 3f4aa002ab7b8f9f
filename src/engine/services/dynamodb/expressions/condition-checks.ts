// The checks DynamoDB makes on a parsed condition before evaluating it: functions, operand types, BETWEEN bounds.
import { ATTRIBUTE_TYPES, type AttributeValue } from '../attribute-value';
import { CONDITION_FUNCTIONS, staticType, type FunctionCall, type Operand } from './condition-ast';
import type { DeferredErrors } from './parser-base';
import { formatPath } from './paths';
import { compareKeyValues } from './values';

/** The order in which DynamoDB reports a condition's deferred errors. */
export const CONDITION_ERROR_PRIORITY: ReadonlyArray<string | readonly string[]> = [
  'parens',
  'unknownFunction',
  'misusedFunction',
  'reserved',
  ['undefinedName', 'undefinedValue'],
  'operandCount',
  'distinct',
  'function',
];

const operandType = (name: string, type: string) =>
  `Incorrect operand type for operator or function; operator or function: ${name}, operand type: ${type}`;

/** Only `size` may stand where a value is expected; other functions are conditions in their own right. */
export function checkOperandsNotConditions(operands: readonly Operand[], errors: DeferredErrors): void {
  for (const operand of operands) {
    if (operand.kind === 'call' && operand.name !== 'size') checkMisused(operand, errors);
  }
}

/** Records that `call` stands where DynamoDB does not allow it. */
export function checkMisused(call: FunctionCall, errors: DeferredErrors): void {
  errors.add('misusedFunction', `The function is not allowed to be used this way in an expression; function: ${call.name}`);
}

/** `a = a`: DynamoDB refuses an operator whose two operands are the same path. */
export function checkDistinct(operator: string, operands: readonly Operand[], errors: DeferredErrors): void {
  const [first, second] = operands;
  if (operands.length !== 2 || first?.kind !== 'path' || second?.kind !== 'path') return;
  if (first.path.length !== second.path.length || first.path.some((element, i) => element !== second.path[i])) return;
  errors.add(
    'distinct',
    `The first operand must be distinct from the remaining operands for this operator or function; operator: ${operator}, first operand: ${formatPath(first.path)}`,
  );
}

/** Checks a function call's name, operand count and the operands whose types are known from the request. */
export function checkFunction(call: FunctionCall, errors: DeferredErrors): void {
  const { name, args } = call;
  checkOperandsNotConditions(args, errors);
  if (!Object.hasOwn(CONDITION_FUNCTIONS, name)) {
    errors.add('unknownFunction', `Invalid function name; function: ${name}`);
    return;
  }
  if (CONDITION_FUNCTIONS[name] !== args.length) {
    errors.add('operandCount', `Incorrect number of operands for operator or function; operator or function: ${name}, number of operands: ${args.length}`);
    return;
  }
  checkDistinct(name, args, errors);
  switch (name) {
    case 'attribute_exists':
    case 'attribute_not_exists':
      if (args[0]!.kind !== 'path') errors.add('function', `Operator or function requires a document path; operator or function: ${name}`);
      return;
    case 'begins_with':
      for (const arg of args) {
        const type = staticType(arg);
        if (type !== null && type !== 'S' && type !== 'B') errors.add('function', operandType(name, type));
      }
      return;
    case 'attribute_type':
      return checkTypeName(args[1]!, errors);
    case 'size': {
      const type = staticType(args[0]!);
      if (type === 'N' || type === 'BOOL' || type === 'NULL') errors.add('function', operandType(name, type));
      return;
    }
  }
}

/** attribute_type's second operand must be a string value naming one of DynamoDB's types. */
function checkTypeName(operand: Operand, errors: DeferredErrors): void {
  const type = staticType(operand);
  if (type !== 'S') {
    errors.add('function', operandType('attribute_type', type ?? '{NS,SS,L,BS,N,M,B,BOOL,NULL,S}'));
  } else if (operand.kind === 'value' && operand.value && 'S' in operand.value && !ATTRIBUTE_TYPES.includes(operand.value.S as never)) {
    errors.add('function', `Invalid attribute type name found; type: ${operand.value.S}, valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}`);
  }
}

/** BETWEEN with two literal bounds: DynamoDB wants them of one type and in order. */
export function checkBetweenBounds(low: Operand, high: Operand, errors: DeferredErrors): void {
  if (low.kind !== 'value' || high.kind !== 'value' || !low.value || !high.value) return;
  const bounds = `lower bound operand: AttributeValue: ${describe(low.value)}, upper bound operand: AttributeValue: ${describe(high.value)}`;
  const [lowType, highType] = [staticType(low), staticType(high)];
  if (lowType !== highType) {
    errors.add('function', `The BETWEEN operator requires same data type for lower and upper bounds; ${bounds}`);
  } else if ((lowType === 'S' || lowType === 'N' || lowType === 'B') && compareKeyValues(low.value, high.value) > 0) {
    errors.add('function', `The BETWEEN operator requires upper bound to be greater than or equal to lower bound; ${bounds}`);
  }
}

/** A value as DynamoDB prints it in BETWEEN messages: {S:abc}, {N:1}. */
function describe(value: AttributeValue): string {
  const [type, content] = Object.entries(value)[0]!;
  const text = content instanceof Uint8Array ? btoa(String.fromCharCode(...content)) : String(content);
  return `{${type}:${text}}`;
}
