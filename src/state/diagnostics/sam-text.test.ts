// Every note a SAM import can give has an English and a Korean message with its values filled in: in
// English the dialog says exactly what the importer wrote; a real import's lines all carry a code.
import { afterAll, describe, expect, it } from 'vitest';
import { importSamTemplate } from '../../project/sam-import';
import { SAM_IMPORT_NOTES, type SamImportNote, type SamImportNoteCode } from '../../project/sam-import-notes';
import { setLocale } from '../../i18n/i18n.svelte';
import { SAM_NOTE_CODES, reportItemText, samNoteText } from './sam-text';

/** Values whose every member reads as a marker naming it («arn», «name»): each must reach the text. */
const markers = new Proxy({}, { get: (_, key) => (typeof key === 'string' ? `«${key}»` : undefined) });
const noteOf = (code: SamImportNoteCode) => ({ code, values: markers }) as SamImportNote;
const english = (code: SamImportNoteCode) => (SAM_IMPORT_NOTES[code] as (values: object) => string)(markers);

const TEMPLATE = `
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Conditions:
  IsProd: !Equals [a, b]
Resources:
  HelloFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Architectures: [arm64]
      Tracing: Active
  Cluster:
    Type: AWS::ECS::Cluster
`;

afterAll(() => setLocale('en', false));

describe('SAM import notes', () => {
  it('has a message for every code the importer has', () => {
    expect([...SAM_NOTE_CODES].sort()).toEqual(Object.keys(SAM_IMPORT_NOTES).sort());
  });

  it('says in English exactly what the importer wrote', async () => {
    await setLocale('en', false);
    for (const code of SAM_NOTE_CODES) expect(samNoteText(noteOf(code)), code).toBe(english(code));
  });

  it('says every note in Korean, with the same values filled in', async () => {
    await setLocale('ko', false);
    for (const code of SAM_NOTE_CODES) {
      const korean = samNoteText(noteOf(code));
      expect(korean, code).not.toBe(english(code));
      expect(korean, code).toMatch(/[가-힣]/);
      for (const marker of english(code).match(/«\w+»/g) ?? []) expect(korean, `${code} ${marker}`).toContain(marker);
    }
  });

  it("gives each line of a real import a code, and the dialog's text follows the language", async () => {
    const result = importSamTemplate({ template: TEMPLATE, now: 0 });
    if (!result.ok) throw new Error(result.message);
    expect(result.report.map((item) => item.note?.code)).toEqual(['sectionIgnored', 'typeNotSupported', 'notSupported', 'arm64', 'codeMissing']);
    await setLocale('en', false);
    expect(result.report.map(reportItemText)).toEqual(result.report.map((item) => item.message));
    await setLocale('ko', false);
    const korean = result.report.map(reportItemText);
    expect(korean[1]).toBe('AWS::ECS::Cluster 유형은 아직 지원하지 않아 제외했습니다');
    for (const line of korean) expect(line).toMatch(/[가-힣]/);
  });
});
