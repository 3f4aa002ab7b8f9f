import { describe, expect, it } from 'vitest';
import { codeBuildOf, esbuildTarget, kebabCase, LogicalIds, pascalCase } from './sam-shared';

describe('SAM naming and builds', () => {
  it('turns names into logical ids and back', () => {
    expect(pascalCase('make-thumbnail')).toBe('MakeThumbnail');
    expect(pascalCase('hello_world 2')).toBe('HelloWorld2');
    expect(pascalCase('getItems')).toBe('GetItems');
    expect(kebabCase('MakeThumbnail')).toBe('make-thumbnail');
    expect(kebabCase('HTTPHandler')).toBe('http-handler');
    expect(kebabCase('Api2')).toBe('api2');
  });

  it('hands out unique ids, numbering clashes', () => {
    const ids = new LogicalIds();
    expect([ids.take('a-b', 'Function'), ids.take('a_b', 'Function'), ids.take('AB', 'Function'), ids.take('---', 'Function')]).toEqual([
      'ABFunction', 'ABFunction2', 'ABFunction3', 'ResourceFunction',
    ]);
  });

  it('bundles TypeScript and ES modules in .js with esbuild, flattening the handler', () => {
    expect(codeBuildOf({ 'src/app.ts': '' }, 'src/app.handler')).toEqual({ kind: 'esbuild', entry: 'src/app.ts', handler: 'app.handler', reason: 'it is written in TypeScript' });
    expect(codeBuildOf({ 'index.js': 'export const handler = 1' }, 'index.handler')).toMatchObject({ kind: 'esbuild', entry: 'index.js' });
    expect(codeBuildOf({ 'index.js': 'exports.handler = 1' }, 'index.handler')).toEqual({ kind: 'copy' });
    expect(codeBuildOf({ 'index.mjs': 'export const handler = 1' }, 'index.handler')).toEqual({ kind: 'copy' });
    expect(codeBuildOf({ 'index.js': 'export const handler = 1', 'package.json': '{"type": "module"}' }, 'index.handler')).toEqual({ kind: 'copy' });
    expect(codeBuildOf({ 'a.ts': '' }, 'missing.handler')).toEqual({ kind: 'copy' });
    expect(esbuildTarget('nodejs24.x')).toBe('node24');
  });
});
