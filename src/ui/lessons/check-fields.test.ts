import { expect, it } from 'vitest';
import { readLessonFile } from '../../project/schema-lesson-file';
import { CHECK_KINDS, checkFieldNames } from '../../project/schema-lessons';
import { CHECK_FORMS, KINDS, blankCheck, describeCheck } from './check-fields';

it('offers a form field for every field the schema knows, and no other', () => {
  expect([...KINDS].sort()).toEqual([...CHECK_KINDS].sort());
  for (const [kind, fields] of Object.entries(CHECK_FORMS)) {
    expect(['kind', ...fields.map((f) => f.name)], kind).toEqual(checkFieldNames(kind as never));
  }
});

it('describes a check in words, with the settings it names', () => {
  expect(describeCheck({ kind: 'functionExists', name: 'hello-world', memory: 256 })).toBe('Function exists (with these settings) · Function: hello-world · Memory (MB): 256');
  expect(describeCheck({ kind: 'all', checks: [{ kind: 'invoked', function: 'f', coldStart: false }, { kind: 'throttled', function: 'f' }] }))
    .toBe('Function was invoked · Function: f · Cold start: no + Function was throttled · Function: f');
});

it('starts a new check of each kind in a shape the schema accepts once its names are filled in', () => {
  for (const kind of KINDS) {
    const check = JSON.parse(JSON.stringify(blankCheck(kind)).replaceAll('""', '"x"'));
    const lesson = { id: 'l', title: { en: 'L' }, steps: [{ id: 's', title: { en: 'S' }, text: { en: 'T' }, goal: { en: 'G' }, check }] };
    expect(readLessonFile(lesson), kind).toMatchObject({ ok: kind !== 'routeExists' && kind !== 'apiResponded' && kind !== 'roleAllows' && kind !== 'denied' });
  }
});
