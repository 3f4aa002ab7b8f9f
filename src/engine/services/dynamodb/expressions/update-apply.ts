// Applies a parsed UpdateExpression to an item, returning a new item, with DynamoDB's runtime errors.
import type { AttributeValue, Item } from '../attribute-value';
import { validationError } from './context';
import { addDecimals, formatDecimal, normalizeNumber, parseDecimal, subtractDecimals } from './decimal';
import { getAtPath, type DocPath } from './paths';
import type { UpdateAction, UpdateOperand, UpdatePlan } from './update-parser';
import { cloneValue, setContains, sizeOf } from './values';

const MISSING_ATTRIBUTE = 'The provided expression refers to an attribute that does not exist in the item';
const WRONG_TYPE = 'An operand in the update expression has an incorrect data type';
const INVALID_PATH = 'The document path provided in the update expression is invalid for update';

/** Where an action writes: a key of the item or of a map, or an index of a list. */
interface Slot {
  readonly container: Record<string, AttributeValue> | AttributeValue[];
  readonly key: string | number;
}

/** Applies SET (with if_not_exists, list_append, + and -), REMOVE (also list elements a[1]), ADD (numbers, sets; on a
 *  missing attribute creates it), DELETE (from sets; an emptied set is removed). Returns a NEW item (input untouched).
 *  As in DynamoDB, every operand reads the item as it was before the update, and list indexes in REMOVE refer to
 *  the original positions ('REMOVE a[0], a[1]' removes the first two elements). */
export function applyUpdate(plan: UpdatePlan, item: Item): Item {
  const values = new Map(plan.actions.flatMap((action) => (action.kind === 'SET' ? [[action, evaluate(action.value, item)] as const] : [])));
  const result: Item = Object.fromEntries(Object.entries(item).map(([name, value]) => [name, cloneValue(value)]));
  // Find every target before changing anything, so no change shifts another action's list index.
  const slots = new Map(plan.actions.map((action) => [action, slotFor(result, action.path)] as const));
  // What REMOVE finds missing now stays a no-op, even if a SET appends at that index meanwhile.
  const existed = new Set([...slots.values()].filter((slot) => read(slot) !== undefined));
  const removals: Slot[] = [];

  // Appends past a list's end go in index order, whatever order the actions were written in.
  const sets = plan.actions.filter((action) => action.kind === 'SET');
  sets.sort((a, b) => lastIndex(a.path) - lastIndex(b.path));
  for (const action of sets) write(slots.get(action)!, cloneValue(values.get(action)!));

  for (const action of plan.actions) {
    const slot = slots.get(action)!;
    if (action.kind === 'ADD') write(slot, add(read(slot), action.value));
    if (action.kind === 'DELETE') {
      const current = read(slot);
      if (current === undefined) continue;
      const remaining = deleteFromSet(current, action.value);
      if (remaining) write(slot, remaining);
      else removals.push(slot);
    }
    if (action.kind === 'REMOVE' && existed.has(slot)) removals.push(slot);
  }
  remove(removals);
  return result;
}

/** The top-level attributes the update writes or removes; the caller refuses plans that touch key attributes. */
export function updatedAttributes(plan: UpdatePlan): string[] {
  return [...new Set(plan.actions.map((action: UpdateAction) => String(action.path[0])))];
}

function lastIndex(path: DocPath): number {
  const last = path[path.length - 1];
  return typeof last === 'number' ? last : -1;
}

/** The slot `path` names; its parent must exist and be a map (for a name) or a list (for an index). */
function slotFor(item: Item, path: DocPath): Slot {
  const key = path[path.length - 1]!;
  if (path.length === 1) return { container: item, key };
  const parent = getAtPath(item, path.slice(0, -1));
  if (parent && typeof key === 'string' && 'M' in parent) return { container: parent.M, key };
  if (parent && typeof key === 'number' && 'L' in parent) return { container: parent.L, key };
  throw validationError(INVALID_PATH);
}

function read({ container, key }: Slot): AttributeValue | undefined {
  if (Array.isArray(container)) return container[key as number];
  return Object.hasOwn(container, key) ? container[key as string] : undefined;
}

/** Writes a value; an index past a list's end appends, as DynamoDB does. */
function write({ container, key }: Slot, value: AttributeValue): void {
  // defineProperty, because plain assignment to an attribute named '__proto__' would replace the prototype.
  if (!Array.isArray(container)) Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
  else if ((key as number) < container.length) container[key as number] = value;
  else container.push(value);
}

/** Removes slots; a list loses its elements from the highest index down, so each index still means what it
 *  meant in the original list. Missing attributes and indexes past the end are ignored. */
function remove(slots: readonly Slot[]): void {
  const ordered = [...slots].sort((a, b) => (typeof b.key === 'number' ? b.key : 0) - (typeof a.key === 'number' ? a.key : 0));
  for (const { container, key } of ordered) {
    if (Array.isArray(container)) container.splice(key as number, 1);
    else delete container[key as string];
  }
}

/** A SET operand's value in the item as it was. */
function evaluate(operand: UpdateOperand, item: Item): AttributeValue {
  switch (operand.kind) {
    case 'value':
      return operand.value!;
    case 'path': {
      const value = getAtPath(item, operand.path);
      if (value === undefined) throw validationError(MISSING_ATTRIBUTE);
      return value;
    }
    case 'arithmetic': {
      const [left, right] = [evaluate(operand.left, item), evaluate(operand.right, item)];
      if (!('N' in left) || !('N' in right)) throw validationError(WRONG_TYPE);
      const combine = operand.op === '+' ? addDecimals : subtractDecimals;
      return { N: formatDecimal(combine(parseDecimal(left.N), parseDecimal(right.N))) };
    }
    case 'call': {
      const [first, second] = operand.args as [UpdateOperand, UpdateOperand];
      if (operand.name === 'if_not_exists') {
        return (first.kind === 'path' ? getAtPath(item, first.path) : undefined) ?? evaluate(second, item);
      }
      const [head, tail] = [evaluate(first, item), evaluate(second, item)];
      if (!('L' in head) || !('L' in tail)) throw validationError(WRONG_TYPE);
      return { L: [...head.L, ...tail.L] };
    }
  }
}

/** ADD: a number adds to a number (a missing one counts as 0); a set joins a set of its own type. */
function add(current: AttributeValue | undefined, value: AttributeValue): AttributeValue {
  if ('N' in value) {
    if (current === undefined) return { N: normalizeNumber(value.N) };
    if (!('N' in current)) throw validationError(WRONG_TYPE);
    return { N: formatDecimal(addDecimals(parseDecimal(current.N), parseDecimal(value.N))) };
  }
  if (current === undefined) return cloneValue(value);
  const isNew = (member: AttributeValue) => !setContains(current, member);
  if ('SS' in current && 'SS' in value) return { SS: [...current.SS, ...value.SS.filter((S) => isNew({ S }))] };
  if ('NS' in current && 'NS' in value) return { NS: [...current.NS, ...value.NS.filter((N) => isNew({ N })).map(normalizeNumber)] };
  if ('BS' in current && 'BS' in value) return { BS: [...current.BS, ...value.BS.filter((B) => isNew({ B }))].map((B) => B.slice()) };
  throw validationError(WRONG_TYPE);
}

/** DELETE: removes the given members from a set of the same type; undefined when the set ends up empty. */
function deleteFromSet(current: AttributeValue, value: AttributeValue): AttributeValue | undefined {
  const keep = (member: AttributeValue) => !setContains(value, member);
  let remaining: AttributeValue;
  if ('SS' in current && 'SS' in value) remaining = { SS: current.SS.filter((S) => keep({ S })) };
  else if ('NS' in current && 'NS' in value) remaining = { NS: current.NS.filter((N) => keep({ N })) };
  else if ('BS' in current && 'BS' in value) remaining = { BS: current.BS.filter((B) => keep({ B })) };
  else throw validationError(WRONG_TYPE);
  return sizeOf(remaining) === 0 ? undefined : remaining;
}
