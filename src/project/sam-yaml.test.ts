import { describe, expect, it } from 'vitest';
import { GetAtt, Ref, Sub } from './sam-shared';
import { parseTemplate, stringifyTemplate } from './sam-yaml';

describe('template YAML', () => {
  it('writes short-form intrinsics and quotes what a YAML 1.1 reader (CloudFormation) would misread', () => {
    const text = stringifyTemplate({
      AWSTemplateFormatVersion: '2010-09-09',
      A: new Ref('MyApi'), B: new GetAtt('Fn', 'Arn'), C: new Sub('https://${MyApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/'),
      D: '1.0', E: 'yes', F: '사진', G: 'on', H: 42,
    }, ' hello');
    expect(text).toBe([
      '# hello', '', "AWSTemplateFormatVersion: '2010-09-09'", 'A: !Ref MyApi', 'B: !GetAtt Fn.Arn',
      "C: !Sub 'https://${MyApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/'", "D: '1.0'", "E: 'yes'", 'F: 사진', "G: 'on'", 'H: 42', '',
    ].join('\n'));
  });

  it('reads every short form into the long form, scalars, lists and maps alike', () => {
    const result = parseTemplate([
      'A: !Ref X', 'B: !GetAtt Fn.Arn', 'C: !GetAtt [Fn, Arn]', 'D: !Sub "${X}-y"', 'E: !Sub', '  - "${a}"', '  - a: !Ref Y',
      "F: !If [IsProd, !Join ['', [a, b]], !Ref AWS::NoValue]", 'G: !Condition IsProd', 'H: !Base64 text',
    ].join('\n'));
    expect(result).toEqual({
      ok: true, unknownTags: [],
      value: {
        A: { Ref: 'X' }, B: { 'Fn::GetAtt': ['Fn', 'Arn'] }, C: { 'Fn::GetAtt': ['Fn', 'Arn'] }, D: { 'Fn::Sub': '${X}-y' },
        E: { 'Fn::Sub': ['${a}', { a: { Ref: 'Y' } }] },
        F: { 'Fn::If': ['IsProd', { 'Fn::Join': ['', ['a', 'b']] }, { Ref: 'AWS::NoValue' }] },
        G: { Condition: 'IsProd' }, H: { 'Fn::Base64': 'text' },
      },
    });
  });

  it('says where YAML breaks and which tags it did not know', () => {
    expect(parseTemplate('a: 1\nb: [1, 2\n')).toEqual({ ok: false, message: 'The template is not valid YAML at line 3, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]' });
    expect(parseTemplate('a: !Unknown x')).toMatchObject({ ok: true, value: { a: 'x' }, unknownTags: [expect.stringContaining('!Unknown')] });
  });

  // Found by sam-import.property.test.ts: aliases resolve only when the document becomes data, and
  // there a missing anchor or an alias flood threw instead of answering.
  it('says where an alias has no anchor, or where an alias flood begins, instead of throwing', () => {
    expect(parseTemplate('Resources:\n  A: *nowhere\n')).toEqual({
      ok: false, message: 'The template is not valid YAML at line 2, column 6: Unresolved alias (the anchor must be set before the alias): nowhere',
    });
    const flood = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...['b', 'c', 'd', 'e', 'f'].map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcde'[i]}`).join(', ')}]`)].join('\n');
    expect(parseTemplate(flood)).toMatchObject({ ok: false, message: expect.stringMatching(/^The template is not valid YAML at line 2, column \d+: Excessive alias count/) });
  });
});
