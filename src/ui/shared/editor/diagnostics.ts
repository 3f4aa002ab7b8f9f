// One list of marks from two sources: the compiler's (what deploying reports: syntax errors,
// unresolved imports) and TypeScript's (type errors as you type). Both see a syntax error or a
// missing file, so a TypeScript mark on a line the compiler already marked is left out: the same
// error is never shown twice, and the compiler's words (the ones the list under the editor uses) win.
import type { Diagnostic } from '@codemirror/lint';

/** A TypeScript diagnostic at offsets of the document (see workers/typescript/service.ts). */
export interface TypeMark {
  from: number;
  to: number;
  message: string;
  severity: 'error' | 'warning' | 'info';
  code: number;
}

/** `lineOf(offset)` gives the 1-based line of an offset in the document the marks belong to. */
export function mergeDiagnostics(compiler: readonly Diagnostic[], types: readonly TypeMark[], lineOf: (offset: number) => number): Diagnostic[] {
  const compilerLines = new Set(compiler.map((d) => lineOf(d.from)));
  const typeDiagnostics = types
    .filter((mark) => !compilerLines.has(lineOf(mark.from)))
    .map((mark): Diagnostic => ({ from: mark.from, to: mark.to, severity: mark.severity, message: mark.message, source: `ts(${mark.code})` }));
  return [...compiler, ...typeDiagnostics];
}
