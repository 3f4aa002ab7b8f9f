// A request's ExpressionAttributeNames/Values, which of them its expressions used, and the error helpers.
import { ServiceError } from '../../../errors';
import type { AttributeValue } from '../attribute-value';

/** The request parameters that hold an expression; AWS names them in its messages. */
export type ExpressionKind =
  | 'ConditionExpression'
  | 'FilterExpression'
  | 'KeyConditionExpression'
  | 'UpdateExpression'
  | 'ProjectionExpression';

/** A ValidationException with DynamoDB's message. */
export function validationError(message: string): ServiceError {
  return new ServiceError('ValidationException', message, 400);
}

/** A ValidationException about one expression: 'Invalid UpdateExpression: <message>'. */
export function invalidExpression(kind: ExpressionKind, message: string): ServiceError {
  return validationError(`Invalid ${kind}: ${message}`);
}

// DynamoDB's key syntax for placeholders: the sigil, then at least one letter, digit or underscore.
const NAME_KEY = /^#[0-9A-Za-z_]+$/;
const VALUE_KEY = /^:[0-9A-Za-z_]+$/;

/** The request's ExpressionAttributeNames/Values, and which of them the request's expressions used. */
export class ExpressionContext {
  private readonly usedNames = new Set<string>();
  private readonly usedValues = new Set<string>();

  constructor(
    private readonly names: Record<string, string> | undefined,
    private readonly values: Record<string, AttributeValue> | undefined,
  ) {}

  /** Refuses malformed maps. DynamoDB checks them before it parses any expression, so every parse calls this
   *  first; `checkAllUsed` calls it too, for requests that carry the maps but no expression parsed here. */
  validateShape(): void {
    checkKeys('ExpressionAttributeNames', this.names, NAME_KEY);
    checkKeys('ExpressionAttributeValues', this.values, VALUE_KEY);
  }

  /** The attribute name `#placeholder` stands for (marking it used), or undefined if the request lacks it. */
  resolveName(placeholder: string): string | undefined {
    if (!this.names || !Object.hasOwn(this.names, placeholder)) return undefined;
    this.usedNames.add(placeholder);
    return this.names[placeholder];
  }

  /** The value `:placeholder` stands for (marking it used), or undefined if the request lacks it. */
  resolveValue(placeholder: string): AttributeValue | undefined {
    if (!this.values || !Object.hasOwn(this.values, placeholder)) return undefined;
    this.usedValues.add(placeholder);
    return this.values[placeholder];
  }

  /** Throws AWS's ValidationException if a name or value was given but no expression of the request used it:
   *  'Value provided in ExpressionAttributeNames unused in expressions: keys: {#a, #b}' /
   *  'Value provided in ExpressionAttributeValues unused in expressions: keys: {:x}'. Also validates that
   *  names start with '#' and values with ':' ('ExpressionAttributeNames contains invalid key: Syntax error; key: "x"'),
   *  and that ExpressionAttributeValues given as an empty map is refused ('ExpressionAttributeValues must not be empty') – same for names. */
  checkAllUsed(): void {
    this.validateShape();
    checkUsed('ExpressionAttributeNames', this.names, this.usedNames);
    checkUsed('ExpressionAttributeValues', this.values, this.usedValues);
  }
}

function checkKeys(parameter: string, map: Record<string, unknown> | undefined, syntax: RegExp): void {
  if (map === undefined) return;
  const keys = Object.keys(map);
  if (keys.length === 0) throw validationError(`${parameter} must not be empty`);
  const invalid = keys.find((key) => !syntax.test(key));
  if (invalid !== undefined) throw validationError(`${parameter} contains invalid key: Syntax error; key: "${invalid}"`);
}

function checkUsed(parameter: string, map: Record<string, unknown> | undefined, used: Set<string>): void {
  const unused = Object.keys(map ?? {}).filter((key) => !used.has(key));
  if (unused.length > 0) {
    throw validationError(`Value provided in ${parameter} unused in expressions: keys: {${unused.join(', ')}}`);
  }
}
