import { describe, expect, it } from 'vitest';
import { parseHandler, resolveModuleFile } from './handler-string';

describe('parseHandler', () => {
  it.each([
    ['index.handler', 'index', ['handler']],
    ['src/app.lambdaHandler', 'src/app', ['lambdaHandler']],
    ['a/b/c.obj.method', 'a/b/c', ['obj', 'method']],
  ])('%s → module %s, export %j', (handler, modulePath, exportPath) => {
    expect(parseHandler(handler)).toEqual({ ok: true, modulePath, exportPath });
  });

  it.each(['index', 'index.', '.handler', 'src/'])('%s is a bad handler', (handler) => {
    expect(parseHandler(handler)).toEqual({ ok: false, errorMessage: 'Bad handler' });
  });

  it('refuses relative parent paths as Lambda does', () => {
    const parsed = parseHandler('../secret.handler');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errorMessage).toMatch(/is not a valid handler name/);
  });
});

describe('resolveModuleFile', () => {
  it('tries .js, .mjs, .cjs, then TypeScript extensions', () => {
    expect(resolveModuleFile({ 'index.mjs': '', 'index.ts': '' }, 'index')).toBe('index.mjs');
    expect(resolveModuleFile({ 'src/app.ts': '' }, 'src/app')).toBe('src/app.ts');
    expect(resolveModuleFile({ 'app.ts': '' }, 'index')).toBeUndefined();
  });
});
