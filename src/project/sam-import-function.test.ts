import { describe, expect, it } from 'vitest';
import { importSamTemplate } from './sam-import';
import { withGlobals } from './sam-import-function';

const texts = (report: { path: string; message: string }[]) => report.map((r) => `${r.path}: ${r.message}`);

describe('SAM import of functions', () => {
  it('lays resource properties over Globals.Function, merging environment variables', () => {
    expect(withGlobals({ Timeout: 10, Environment: { Variables: { A: '1', B: '1' } } }, { Timeout: 20, Environment: { Variables: { B: '2' } } })).toEqual({
      Timeout: 20, Environment: { Variables: { A: '1', B: '2' } },
    });
  });

  it('keeps the name a template gives, and leaves out what the playground cannot run', () => {
    const result = importSamTemplate({ files: {}, template: `Resources:
  Named:
    Type: AWS::Serverless::Function
    Properties: { FunctionName: my_func, Handler: index.handler, Runtime: nodejs24.x, InlineCode: x, EphemeralStorage: { Size: 2048 }, ReservedConcurrentExecutions: 0, Architectures: [arm64] }
  ImageFunction:
    Type: AWS::Serverless::Function
    Properties: { PackageType: Image, ImageUri: x }
  NoHandlerFunction:
    Type: AWS::Serverless::Function
    Properties: { Runtime: nodejs22.x, InlineCode: x }
  OldFunction:
    Type: AWS::Serverless::Function
    Properties: { Handler: index.handler, Runtime: nodejs16.x, InlineCode: x, MemorySize: big }
` });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.functions.map((f) => [f.name, f.runtime, f.memorySize, f.ephemeralStorageMB, f.reservedConcurrency])).toEqual([
      ['my_func', 'nodejs24.x', 128, 2048, 0],
      ['old', 'nodejs20.x', 128, undefined, undefined],
    ]);
    expect(texts(result.report)).toEqual(expect.arrayContaining([
      'Resources.ImageFunction.Properties: container image functions are not supported; function left out',
      'Resources.NoHandlerFunction.Properties.Handler: a function needs a Handler such as app.handler; function left out',
      'Resources.OldFunction.Properties.Runtime: runtime nodejs16.x runs as nodejs20.x here',
      'Resources.OldFunction.Properties.MemorySize: "big" is not a number; left out',
      'Resources.Named.Properties.Architectures: arm64 makes no difference here; the playground runs the code in the browser',
    ]));
  });
});
