// The shape of a table of translations for one family of engine or project messages: one function per
// code, taking the values that code carries, so a code without a translation fails the type check.

export type Texts<D extends { code: string; values: object }> = { [C in D['code']]: (values: Extract<D, { code: C }>['values']) => string };
