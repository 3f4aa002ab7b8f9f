// The layout rules of the code base, checked on every run: layers import only downwards
// (ui → state → engine ← platform; workers never reach ui or state), no import cycles, and no
// source file past 300 lines. A rule broken here is a design change, not a style nit.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const SOURCE = /\.(ts|svelte)$/;
const MAX_LINES = 300;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

const files = [...walk(join(ROOT, 'src')), ...walk(join(ROOT, 'workers'))];
const known = new Set(files);

/** The project files a file imports (static, dynamic and type imports), resolved to paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  return specifiers.flatMap((specifier) => {
    const base = resolve(dirname(file), specifier);
    const found = [base, `${base}.ts`, `${base}/index.ts`].find((candidate) => known.has(candidate));
    return found ? [found] : [];
  });
}

const graph = new Map(files.map((file) => [file, importsOf(file)]));
const rel = (file: string) => relative(ROOT, file);

/** Which layer a file belongs to, by its top folder. */
function layer(file: string): string {
  const parts = rel(file).split('/');
  if (parts[0] === 'workers') return 'workers';
  return parts[1]!.endsWith('.ts') ? 'root' : parts[1]!;
}

/** Layer → the layers it must never import. */
const FORBIDDEN: Record<string, string[]> = {
  engine: ['ui', 'state', 'platform', 'app'],
  project: ['ui', 'state', 'platform', 'app'],
  platform: ['ui', 'state'],
  state: ['ui'],
  i18n: ['ui', 'state', 'engine', 'platform', 'app', 'project'],
  workers: ['ui', 'state'],
};

describe('architecture', () => {
  it('imports follow ui → state → engine ← platform', () => {
    const violations: string[] = [];
    for (const [file, imports] of graph) {
      if (file.endsWith('.test.ts')) continue;
      const banned = FORBIDDEN[layer(file)] ?? [];
      for (const target of imports) if (banned.includes(layer(target))) violations.push(`${rel(file)} → ${rel(target)}`);
    }
    expect(violations).toEqual([]);
  });

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'visiting');
      stack.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'visiting') cycles.push([...stack.slice(stack.indexOf(next)), next].map(rel).join(' → '));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it(`keeps every source file within ${MAX_LINES} lines`, () => {
    const long = files
      .map((file) => [rel(file), readFileSync(file, 'utf8').split('\n').length - 1] as const)
      .filter(([, lines]) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('finds the files it checks (a guard against a broken walk)', () => {
    expect(files.length).toBeGreaterThan(300);
    expect([...graph.values()].flat().length).toBeGreaterThan(1000);
  });
});
