import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportSamZip } from './sam-export-zip';
import { generatedPackageJson } from './sam-shared';
import { fullProject, sampleFunction, smallProject } from './test-samples';

describe('SAM zip export', () => {
  it('lays the zip out the way sam build expects', () => {
    const { zip, files } = exportSamZip(fullProject());
    const unzipped = Object.fromEntries(Object.entries(unzipSync(zip)).map(([k, v]) => [k, strFromU8(v)]));
    expect(unzipped).toEqual(files);
    expect(Object.keys(files).sort()).toEqual([
      'README.md', 'events/hello/greet-ana.json', 'events/thumbnail/s3-put.json', 'functions/check-token/auth.js',
      'functions/hello/index.mjs', 'functions/thumbnail/package.json', 'functions/thumbnail/src/app.ts', 'functions/thumbnail/src/resize.ts',
      'site/app.js', 'site/index.html', 'template.yaml',
    ]);
    expect(JSON.parse(files['functions/thumbnail/package.json']!)).toMatchObject({ private: true, devDependencies: { esbuild: '^0.28.0' } });
    expect(files['README.md']).toContain('sam local invoke HelloFunction -e events/hello/greet-ana.json');
    expect(files['README.md']).toContain('- `apis[1] (admin).apiKeys`: SAM creates one API key');
  });

  it('writes a package.json only where esbuild needs one and the code has none', () => {
    const esmJs = sampleFunction({ name: 'esm-js', files: { 'index.js': 'export const handler = async () => 1;\n' } });
    const tsWithPkg = sampleFunction({ name: 'ts-pkg', handler: 'app.handler', files: { 'app.ts': 'export const handler = async () => 1;\n', 'package.json': '{ "name": "mine" }' } });
    const { files } = exportSamZip({ ...smallProject(), functions: [sampleFunction(), esmJs, tsWithPkg] });
    expect(files['functions/esm-js/package.json']).toBe(generatedPackageJson('esm-js'));
    expect(files['functions/ts-pkg/package.json']).toBe('{ "name": "mine" }');
    expect(files['functions/hello/package.json']).toBeUndefined();
  });
});
