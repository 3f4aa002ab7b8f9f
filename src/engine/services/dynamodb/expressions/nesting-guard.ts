// The parsers descend recursively, one level per parenthesis or NOT: an expression nested deeper
// than the JavaScript stack allows is refused as a bad expression, never a crash of the caller.
import { invalidExpression, type ExpressionKind } from './context';

/** Runs a parse; a stack overflow becomes the ValidationException of the expression's kind. */
export function withNestingGuard<T>(kind: ExpressionKind, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof RangeError) throw invalidExpression(kind, 'The expression is nested too deeply;');
    throw error;
  }
}
