// Recursive-descent parser for DynamoDB's condition grammar (ConditionExpression, FilterExpression, KeyConditionExpression).
import { COMPARATORS, type Comparator, type Condition, type ConditionNode, type FunctionCall, type Operand } from './condition-ast';
import {
  CONDITION_ERROR_PRIORITY,
  checkBetweenBounds,
  checkDistinct,
  checkFunction,
  checkMisused,
  checkOperandsNotConditions,
} from './condition-checks';
import type { ExpressionContext } from './context';
import type { Token } from './lexer';
import { DeferredErrors, TokenCursor, parsePath, parseValue } from './parser-base';

/** The grammar's own words; as attribute names they are syntax errors, not reserved-word errors. */
const KEYWORDS = new Set(['AND', 'OR', 'NOT', 'BETWEEN', 'IN']);

/** Which parameter a condition came from; DynamoDB names it in every message. */
export type ConditionKind = 'ConditionExpression' | 'FilterExpression' | 'KeyConditionExpression';

/** Parses a condition. Precedence, loosest first: OR, AND, NOT, then comparisons and functions. */
export function parseConditionTree(text: string, ctx: ExpressionContext, kind: ConditionKind): ConditionNode {
  ctx.validateShape();
  const parser = new ConditionParser(new TokenCursor(text, kind, KEYWORDS), ctx);
  const root = parser.parseAll();
  parser.errors.throwFirst(kind, CONDITION_ERROR_PRIORITY);
  return root;
}

/** A parsed ConditionExpression / FilterExpression. */
export function parseCondition(text: string, ctx: ExpressionContext, kind: 'ConditionExpression' | 'FilterExpression'): Condition {
  return { root: parseConditionTree(text, ctx, kind) };
}

class ConditionParser {
  readonly errors = new DeferredErrors();
  /** Nodes that are exactly a parenthesised group, to spot '((...))', which DynamoDB refuses. */
  private readonly grouped = new WeakSet<object>();

  constructor(
    private readonly cursor: TokenCursor,
    private readonly ctx: ExpressionContext,
  ) {}

  parseAll(): ConditionNode {
    const root = this.parseOr();
    this.cursor.expectEnd();
    return root;
  }

  private parseOr(): ConditionNode {
    let left = this.parseAnd();
    while (this.cursor.isKeyword('OR')) {
      this.cursor.next();
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): ConditionNode {
    let left = this.parseNot();
    while (this.cursor.isKeyword('AND')) {
      this.cursor.next();
      left = { kind: 'and', left, right: this.parseNot() };
    }
    return left;
  }

  private parseNot(): ConditionNode {
    if (!this.cursor.isKeyword('NOT')) return this.parsePrimary();
    this.cursor.next();
    return { kind: 'not', operand: this.parseNot() };
  }

  private parsePrimary(): ConditionNode {
    // '(' opens either a group of conditions or a parenthesised operand, as in '(a) = :v'; what follows the
    // matching ')' tells which.
    if (this.cursor.isPunct('(') && !continuesOperand(this.cursor.afterMatchingParen())) {
      this.cursor.next();
      const inner = this.parseOr();
      this.cursor.expectPunct(')');
      return this.markGrouped(inner);
    }
    return this.parseComparison();
  }

  private parseComparison(): ConditionNode {
    const subject = this.parseOperand();
    const token = this.cursor.peek();
    if (token.type === 'punct' && COMPARATORS.includes(token.text)) {
      this.cursor.next();
      const right = this.parseOperand();
      checkOperandsNotConditions([subject, right], this.errors);
      checkDistinct(token.text, [subject, right], this.errors);
      return { kind: 'compare', op: token.text as Comparator, left: subject, right };
    }
    if (this.cursor.isKeyword('BETWEEN')) {
      this.cursor.next();
      const low = this.parseOperand();
      this.cursor.expectKeyword('AND');
      const high = this.parseOperand();
      checkOperandsNotConditions([subject, low, high], this.errors);
      checkBetweenBounds(low, high, this.errors);
      return { kind: 'between', subject, low, high };
    }
    if (this.cursor.isKeyword('IN')) {
      this.cursor.next();
      this.cursor.expectPunct('(');
      const candidates = this.parseOperandList();
      this.cursor.expectPunct(')');
      checkOperandsNotConditions([subject, ...candidates], this.errors);
      return { kind: 'in', subject, candidates };
    }
    if (subject.kind !== 'call') this.cursor.fail();
    // size() yields a number, not a truth value.
    if (subject.name === 'size') checkMisused(subject, this.errors);
    return { kind: 'function', call: subject };
  }

  private parseOperand(): Operand {
    if (this.cursor.eatPunct('(')) {
      const inner = this.parseOperand();
      this.cursor.expectPunct(')');
      return this.markGrouped(inner);
    }
    if (this.cursor.peek().type === 'attrValue') return { kind: 'value', ...parseValue(this.cursor, this.ctx, this.errors) };
    if (this.cursor.isIdentifier() && this.cursor.isPunct('(', 1)) return this.parseCall();
    return { kind: 'path', path: parsePath(this.cursor, this.ctx, this.errors) };
  }

  private parseCall(): FunctionCall {
    const name = this.cursor.next().text;
    this.cursor.expectPunct('(');
    const args = this.parseOperandList();
    this.cursor.expectPunct(')');
    const call: FunctionCall = { kind: 'call', name, args };
    checkFunction(call, this.errors);
    return call;
  }

  private parseOperandList(): Operand[] {
    const operands = [this.parseOperand()];
    while (this.cursor.eatPunct(',')) operands.push(this.parseOperand());
    return operands;
  }

  private markGrouped<T extends object>(node: T): T {
    if (this.grouped.has(node)) this.errors.add('parens', 'The expression has redundant parentheses;');
    this.grouped.add(node);
    return node;
  }
}

/** Whether the token after a parenthesised operand continues a comparison (a comparator, BETWEEN or IN). */
function continuesOperand(token: Token | undefined): boolean {
  if (!token) return false;
  if (token.type === 'punct') return COMPARATORS.includes(token.text);
  return token.type === 'name' && (token.text.toUpperCase() === 'BETWEEN' || token.text.toUpperCase() === 'IN');
}
