// Messages the playground writes itself (not AWS's): a code and its values beside the English text,
// so the interface can say them in its own language while logs and the scripting API keep English.

/** English texts of one family of messages: one function of its values per code. */
// `any`: each text takes its own values object, checked where the table is written.
export type DiagnosticTexts = Record<string, (values: any) => string>;

/** The values a text takes: its one parameter, or none. */
type ValuesOf<F> = F extends (values: infer V) => string ? (unknown extends V ? Record<string, never> : V) : never;

/** One message of a family: its code and the values its text takes, checked against the table. */
export type DiagnosticOf<T extends DiagnosticTexts> = { [C in keyof T & string]: { code: C; values: ValuesOf<T[C]> } }[keyof T & string];

/** The message `code` with its values, and its English text. */
export function diagnose<T extends DiagnosticTexts, C extends keyof T & string>(
  texts: T,
  code: C,
  values: ValuesOf<T[C]>,
): { diagnostic: DiagnosticOf<T>; english: string } {
  return { diagnostic: { code, values } as DiagnosticOf<T>, english: texts[code]!(values) };
}
