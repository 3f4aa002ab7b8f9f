import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/samples/examples';
import { createTypeScriptService } from './service';

describe("the gallery's handlers under the editor's types", () => {
  it('show no diagnostics: what the examples use is declared, as they use it', async () => {
    const service = createTypeScriptService();
    await service.initialize();
    const problems: string[] = [];
    for (const example of EXAMPLES) {
      for (const fn of (await example.load()).functions) {
        service.setFunction({ files: fn.files, handler: fn.handler });
        for (const path of Object.keys(fn.files).filter((p) => /\.(m|c)?[jt]s$/.test(p))) {
          for (const d of service.getLints({ path })) {
            const line = fn.files[path]!.slice(0, d.from).split('\n').length;
            problems.push(`${example.id}/${fn.name}/${path}:${line} ts(${d.code}) ${d.message}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
