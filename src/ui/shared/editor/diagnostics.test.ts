import { describe, expect, it } from 'vitest';
import { mergeDiagnostics, type TypeMark } from './diagnostics';

// Three lines of ten characters each: offsets 0-9, 10-19, 20-29.
const lineOf = (offset: number) => Math.floor(offset / 10) + 1;
const mark = (from: number, code: number, message = 'm'): TypeMark => ({ from, to: from + 1, message, severity: 'error', code });

describe('merging compiler and TypeScript marks', () => {
  it("keeps the compiler's marks and adds TypeScript's on other lines", () => {
    const compiler = [{ from: 12, to: 13, severity: 'error' as const, message: 'Unexpected ";"' }];
    const merged = mergeDiagnostics(compiler, [mark(14, 1109, 'Expression expected.'), mark(22, 2322, "Type 'string' is not assignable to type 'number'.")], lineOf);
    expect(merged.map((d) => d.message)).toEqual(['Unexpected ";"', "Type 'string' is not assignable to type 'number'."]);
    expect(merged[1]).toMatchObject({ from: 22, to: 23, severity: 'error', source: 'ts(2322)' });
  });

  it("shows TypeScript's marks alone when the compiler has none", () => {
    expect(mergeDiagnostics([], [mark(3, 2304), mark(25, 2322)], lineOf)).toHaveLength(2);
  });
});
