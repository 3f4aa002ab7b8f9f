// The parsed form of a CloudWatch Logs filter pattern (terms, JSON or space-delimited), and the
// error a pattern CloudWatch would refuse raises: its wording plus where in the text it went wrong.

/** One unstructured term: a word or quoted phrase (case-sensitive), or a `%regex%`. */
export type Term = { kind: 'text'; text: string } | { kind: 'regex'; regex: RegExp; source: string };

/** A value on the right of a comparison: a number, or a string in which `*` matches anything. */
export type Literal = { kind: 'number'; value: number } | { kind: 'string'; value: string };

export type ComparisonOp = '=' | '!=' | '<' | '>' | '<=' | '>=';

/** A JSON selector `$.a.b[0]` as the keys and indexes it walks. */
export type Selector = Array<string | number>;

/** A JSON pattern's condition tree. */
export type JsonExpr =
  | { kind: 'and' | 'or'; left: JsonExpr; right: JsonExpr }
  | { kind: 'compare'; selector: Selector; op: ComparisonOp; value: Literal }
  | { kind: 'is'; selector: Selector; what: 'TRUE' | 'FALSE' | 'NULL' }
  | { kind: 'notExists'; selector: Selector };

/** One field's condition in a space-delimited pattern (`status = 4*`), over field names. */
export type FieldExpr =
  | { kind: 'and' | 'or'; left: FieldExpr; right: FieldExpr }
  | { kind: 'compare'; field: string; op: ComparisonOp; value: Literal };

/** A space-delimited pattern's slot: a named field (with an optional condition) or `...`. */
export type DelimitedField = { kind: 'field'; name: string; condition?: FieldExpr } | { kind: 'ellipsis' };

export type FilterPattern =
  /** The empty pattern: every event matches. */
  | { kind: 'all' }
  /** `required` must all occur, at least one of `optional` (if any), none of `excluded`. */
  | { kind: 'terms'; required: Term[]; optional: Term[]; excluded: Term[] }
  | { kind: 'json'; expr: JsonExpr }
  | { kind: 'delimited'; fields: DelimitedField[] };

/**
 * A pattern CloudWatch refuses. The API answers `InvalidParameterException` with the message alone;
 * `column` (1-based, into the pattern text) is for the editor to mark.
 */
export class FilterPatternError extends Error {
  constructor(
    message: string,
    readonly column: number,
  ) {
    super(message);
    this.name = 'InvalidParameterException';
  }
}

/** AWS's sentence for a term it cannot read, e.g. `Invalid character(s) in term '!('`. */
export const invalidTerm = (term: string, column: number) => new FilterPatternError(`Invalid character(s) in term '${term}'`, column);
