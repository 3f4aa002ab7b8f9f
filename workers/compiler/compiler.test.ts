import { beforeAll, describe, expect, it } from 'vitest';
import type { Compiler } from '../../src/engine/ports';
import { nodeCompiler } from '../testing/in-process-ports';

let compiler: Compiler;
beforeAll(async () => {
  compiler = await nodeCompiler();
});

const compile = (files: Record<string, string>, entryModule = 'index.ts') => compiler.compile({ files, entryModule, target: 'node22' });

describe('compiler', () => {
  it('bundles TypeScript with a relative import into CommonJS with a source map', async () => {
    const result = await compile({
      'index.ts': "import { greet } from './lib/greet';\nexport const handler = async (e: { name: string }) => greet(e.name);\n",
      'lib/greet.ts': 'export function greet(name: string): string {\n  return `hello ${name}`;\n}\n',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.code).toContain('hello ${name}');
    expect(result.code).not.toContain(': string');
    expect(result.code).not.toContain('sourceMappingURL');
    expect(JSON.parse(result.map).sources.sort()).toEqual(['index.ts', 'lib/greet.ts']);
  });

  it("resolves TypeScript's './util.js' to util.ts, index files, and CommonJS require", async () => {
    const result = await compile({
      'index.js': "const { a } = require('./util.js');\nconst { b } = require('./lib');\nexports.handler = async () => a + b;\n",
      'util.ts': 'export const a = 1;',
      'lib/index.js': 'exports.b = 2;',
    }, 'index.js');
    expect(result.ok).toBe(true);
  });

  it('leaves bare imports for the runtime to require', async () => {
    const result = await compile({ 'index.mjs': "import _ from 'lodash';\nimport fs from 'node:fs';\nexport const handler = async () => _.x + fs.y;\n" }, 'index.mjs');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.code).toMatch(/require\("lodash"\)[\s\S]*require\("node:fs"\)/);
  });

  it('lowers dynamic import() to require so it works in a classic script', async () => {
    const result = await compile({ 'index.mjs': "export const handler = async () => (await import('node:fs')).existsSync('/tmp');" }, 'index.mjs');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.code).toContain('require("node:fs")');
      expect(result.code).not.toMatch(/\bimport\(/);
    }
  });

  it('reports a syntax error with file, line and column', async () => {
    const result = await compile({ 'index.ts': 'export const handler = async () => {\n  const x = ;\n};\n' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ file: 'index.ts', line: 2, column: 13, severity: 'error' });
    expect(result.errors[0]!.message).toMatch(/Unexpected ";"/);
  });

  it('names the import it could not resolve, at the importing line', async () => {
    const result = await compile({ 'index.ts': "\nimport { x } from './missing';\nexport const handler = async () => x;\n" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ file: 'index.ts', line: 2, importPath: './missing' });
  });
});
