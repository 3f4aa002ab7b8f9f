import { describe, expect, it } from 'vitest';
import { intrinsicName, Resolver } from './sam-import-resolve';
import type { ReportItem } from './sam-shared';

function resolver() {
  const report: ReportItem[] = [];
  const r = new Resolver({ Stage: { Type: 'String', Default: 'dev' }, NoDefault: { Type: 'String' } }, 'my-stack', report);
  r.refs.set('PhotosBucket', 'photos');
  return { r, report };
}

/** The English lines; each item also carries its note as a code (sam-import-notes). */
const lines = (report: ReportItem[]) => report.map(({ path, message }) => ({ path, message }));

describe('Resolver', () => {
  it('resolves pseudo parameters, parameter defaults and resources', () => {
    const { r, report } = resolver();
    expect(r.string({ Ref: 'AWS::Region' }, 'p')).toBe('us-east-1');
    expect(r.string({ Ref: 'AWS::StackName' }, 'p')).toBe('my-stack');
    expect(r.string({ Ref: 'PhotosBucket' }, 'p')).toBe('photos');
    expect(r.string({ 'Fn::Sub': '${PhotosBucket}-${Stage}-${AWS::AccountId}' }, 'p')).toBe('photos-dev-123456789012');
    expect(r.string({ 'Fn::Sub': ['${a}/${!b}', { a: { Ref: 'Stage' } }] }, 'p')).toBe('dev/${b}');
    expect(r.string({ 'Fn::Join': ['-', ['a', { Ref: 'Stage' }, 3]] }, 'p')).toBe('a-dev-3');
    expect(lines(report)).toEqual([{ path: 'Parameters.Stage', message: 'used its default value, "dev"' }]);
  });

  it("resolves Fn::GetAtt of the attributes it knows, in either form and inside Fn::Sub", () => {
    const { r, report } = resolver();
    r.attributes.set('Jobs.Arn', 'arn:aws:sqs:us-east-1:123456789012:jobs');
    expect(r.string({ 'Fn::GetAtt': ['Jobs', 'Arn'] }, 'p')).toBe('arn:aws:sqs:us-east-1:123456789012:jobs');
    expect(r.string({ 'Fn::GetAtt': 'Jobs.Arn' }, 'p')).toBe('arn:aws:sqs:us-east-1:123456789012:jobs');
    expect(r.string({ 'Fn::Sub': '${Jobs.Arn}/x' }, 'p')).toBe('arn:aws:sqs:us-east-1:123456789012:jobs/x');
    expect(r.string({ 'Fn::GetAtt': ['Jobs', 'QueueUrl'] }, 'q')).toBeUndefined();
    expect(lines(report)).toEqual([{ path: 'q', message: 'cannot resolve Fn::GetAtt; the value was left out' }]);
  });

  it('reports what it cannot resolve, and where', () => {
    const { r, report } = resolver();
    expect(r.string({ Ref: 'NoDefault' }, 'A')).toBeUndefined();
    expect(r.string({ 'Fn::If': ['c', 'a', 'b'] }, 'B')).toBeUndefined();
    expect(r.string({ 'Fn::Sub': '${Missing}' }, 'C')).toBeUndefined();
    expect(lines(report)).toEqual([
      { path: 'A', message: 'cannot resolve NoDefault: it is not a parameter with a default or a resource the playground imports' },
      { path: 'B', message: 'cannot resolve Fn::If; the value was left out' },
      { path: 'C', message: 'cannot resolve Missing: it is not a parameter with a default or a resource the playground imports' },
    ]);
  });

  it('names the resource a reference points at', () => {
    const { r } = resolver();
    expect(r.resourceOf({ Ref: 'Fn' })).toEqual({ id: 'Fn', alias: false });
    expect(r.resourceOf({ Ref: 'Fn.Alias' })).toEqual({ id: 'Fn', alias: true });
    expect(r.resourceOf({ 'Fn::GetAtt': ['Fn', 'Arn'] })).toEqual({ id: 'Fn', alias: false });
    expect(r.resourceOf({ 'Fn::Sub': '${Fn.Arn}' })).toEqual({ id: 'Fn', alias: false });
    expect(r.resourceOf('arn:aws:lambda:us-east-1:1:function:x')).toBeUndefined();
    expect([intrinsicName({ Ref: 'x' }), intrinsicName({ 'Fn::Join': [] }), intrinsicName({ Other: 1 }), intrinsicName('x')]).toEqual(['Ref', 'Fn::Join', undefined, undefined]);
  });
});
