// Recursive-descent parser for UpdateExpression: SET, REMOVE, ADD and DELETE clauses, with DynamoDB's checks.
import type { AttributeValue } from '../attribute-value';
import type { ExpressionContext } from './context';
import { DeferredErrors, TokenCursor, parsePath, parseValue } from './parser-base';
import { checkPathsDisjoint, type DocPath } from './paths';

/** A SET right-hand side: path, value, if_not_exists/list_append call, or one `+`/`-`. */
export type UpdateOperand =
  | { readonly kind: 'path'; readonly path: DocPath }
  | { readonly kind: 'value'; readonly name: string; readonly value?: AttributeValue }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly UpdateOperand[] }
  | { readonly kind: 'arithmetic'; readonly op: '+' | '-'; readonly left: UpdateOperand; readonly right: UpdateOperand };

/** One action of an update, in the order written. */
export type UpdateAction =
  | { readonly kind: 'SET'; readonly path: DocPath; readonly value: UpdateOperand }
  | { readonly kind: 'REMOVE'; readonly path: DocPath }
  | { readonly kind: 'ADD' | 'DELETE'; readonly path: DocPath; readonly value: AttributeValue };

/** A parsed UpdateExpression. */
export interface UpdatePlan {
  readonly actions: readonly UpdateAction[];
}

const CLAUSES = new Set(['SET', 'REMOVE', 'ADD', 'DELETE']);
const FUNCTIONS: Readonly<Record<string, number>> = { if_not_exists: 2, list_append: 2 };
const PRIORITY = ['reserved', 'unknownFunction', 'section', 'undefinedName', 'undefinedValue', 'overlap', 'conflict', 'operand', 'function'];
// How ADD and DELETE name a wrong value's type in their message.
const TYPE_WORDS: Readonly<Record<string, string>> = { S: 'STRING', N: 'NUMBER', B: 'BINARY', NULL: 'NULL', BOOL: 'BOOLEAN', L: 'LIST', M: 'MAP' };

const operandType = (name: string, type: string) =>
  `Incorrect operand type for operator or function; operator or function: ${name}, operand type: ${type}`;

/** Parses an UpdateExpression; each clause keyword may appear once, and no two actions may touch
 *  overlapping document paths. */
export function parseUpdate(text: string, ctx: ExpressionContext): UpdatePlan {
  ctx.validateShape();
  const cursor = new TokenCursor(text, 'UpdateExpression', CLAUSES);
  const errors = new DeferredErrors();
  const actions: UpdateAction[] = [];
  const seen = new Set<string>();
  do {
    const clause = cursor.peek().text.toUpperCase();
    if (cursor.peek().type !== 'name' || !CLAUSES.has(clause)) cursor.fail();
    cursor.next();
    if (seen.has(clause)) errors.add('section', `The "${clause}" section can only be used once in an update expression;`);
    seen.add(clause);
    do actions.push(parseAction(clause, cursor, ctx, errors));
    while (cursor.eatPunct(','));
  } while (cursor.peek().type !== 'eof');
  checkPathsDisjoint(actions.map((action) => action.path), errors);
  errors.throwFirst('UpdateExpression', PRIORITY);
  return { actions };
}

function parseAction(clause: string, cursor: TokenCursor, ctx: ExpressionContext, errors: DeferredErrors): UpdateAction {
  const path = parsePath(cursor, ctx, errors);
  if (clause === 'REMOVE') return { kind: 'REMOVE', path };
  if (clause === 'SET') {
    cursor.expectPunct('=');
    return { kind: 'SET', path, value: new SetValueParser(cursor, ctx, errors).parse() };
  }
  const { value } = parseValue(cursor, ctx, errors);
  const type = value ? Object.keys(value)[0]! : undefined;
  // ADD takes numbers and sets, DELETE only sets.
  if (type && TYPE_WORDS[type] && !(clause === 'ADD' && type === 'N')) {
    errors.add('operand', `Incorrect operand type for operator or function; operator: ${clause}, operand type: ${TYPE_WORDS[type]}`);
  }
  return { kind: clause as 'ADD' | 'DELETE', path, value: value ?? { NULL: true } };
}

/** The right-hand side of one SET action: `operand`, `operand ± operand`, each optionally in parentheses. */
class SetValueParser {
  constructor(
    private readonly cursor: TokenCursor,
    private readonly ctx: ExpressionContext,
    private readonly errors: DeferredErrors,
  ) {}

  parse(): UpdateOperand {
    let left: UpdateOperand;
    if (this.cursor.eatPunct('(')) {
      left = this.parseGrouped();
      if (this.isArithmetic()) {
        const sum = this.parseArithmetic(left);
        this.cursor.expectPunct(')');
        return sum;
      }
      this.cursor.expectPunct(')');
    } else {
      left = this.parseGrouped();
    }
    return this.isArithmetic() ? this.parseArithmetic(left) : left;
  }

  private isArithmetic(): boolean {
    return this.cursor.isPunct('+') || this.cursor.isPunct('-');
  }

  private parseArithmetic(left: UpdateOperand): UpdateOperand {
    const op = this.cursor.next().text as '+' | '-';
    const right = this.parseGrouped();
    for (const side of [left, right]) {
      const type = side.kind === 'value' && side.value ? Object.keys(side.value)[0]! : 'N';
      if (type !== 'N') this.errors.add('function', operandType(op, type));
    }
    return { kind: 'arithmetic', op, left, right };
  }

  /** An operand, optionally in one pair of parentheses. */
  private parseGrouped(): UpdateOperand {
    if (!this.cursor.eatPunct('(')) return this.parseOperand();
    const operand = this.parseOperand();
    this.cursor.expectPunct(')');
    return operand;
  }

  private parseOperand(): UpdateOperand {
    if (this.cursor.peek().type === 'attrValue') return { kind: 'value', ...parseValue(this.cursor, this.ctx, this.errors) };
    if (this.cursor.isIdentifier() && this.cursor.isPunct('(', 1)) return this.parseCall();
    return { kind: 'path', path: parsePath(this.cursor, this.ctx, this.errors) };
  }

  private parseCall(): UpdateOperand {
    const name = this.cursor.next().text;
    this.cursor.expectPunct('(');
    const args = [this.parseGrouped()];
    while (this.cursor.eatPunct(',')) args.push(this.parseGrouped());
    this.cursor.expectPunct(')');
    this.checkCall(name, args);
    return { kind: 'call', name, args };
  }

  private checkCall(name: string, args: readonly UpdateOperand[]): void {
    if (!Object.hasOwn(FUNCTIONS, name)) return this.errors.add('unknownFunction', `Invalid function name; function: ${name}`);
    if (FUNCTIONS[name] !== args.length) {
      return this.errors.add('function', `Incorrect number of operands for operator or function; operator or function: ${name}, number of operands: ${args.length}`);
    }
    if (name === 'if_not_exists' && args[0]!.kind !== 'path') {
      return this.errors.add('function', `Operator or function requires a document path; operator or function: ${name}`);
    }
    if (name === 'list_append') {
      for (const arg of args) {
        const type = arg.kind === 'value' && arg.value ? Object.keys(arg.value)[0]! : 'L';
        if (type !== 'L') this.errors.add('function', operandType(name, type));
      }
    }
  }
}
