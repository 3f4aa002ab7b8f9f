// The form of each kind of check (which fields, of what type) and a one-line description of a check in
// the interface language, both from the same table so the editor and the learner's view agree.
import { t, type MessageKey } from '../../i18n/i18n.svelte';
import type { LessonCheck, LessonCheckKind } from '../../project/types';

export type FieldType = 'text' | 'number' | 'flag' | 'json' | 'choice';

export interface CheckField {
  name: string;
  type: FieldType;
  required?: boolean;
  choices?: readonly string[];
  placeholder?: string;
}

const text = (name: string, required = true, placeholder?: string): CheckField => ({ name, type: 'text', required, ...(placeholder ? { placeholder } : {}) });
const number = (name: string, required = false): CheckField => ({ name, type: 'number', required });
const flag = (name: string): CheckField => ({ name, type: 'flag' });

export const CHECK_FORMS: Record<Exclude<LessonCheckKind, 'all'>, CheckField[]> = {
  functionExists: [text('name', true, 'hello-world'), number('memory'), number('timeout'), text('runtime', false, 'nodejs24.x'), number('reservedConcurrency')],
  invoked: [text('function', true, 'hello-world'), flag('coldStart'), flag('succeeded'), number('memory'), text('version', false), text('alias', false)],
  apiResponded: [{ name: 'method', type: 'choice', required: true, choices: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'ANY'] }, text('path', true, '/items/{id}'), number('status')],
  routeExists: [text('routeKey', true, 'GET /items/{id}')],
  objectExists: [text('bucket'), text('keyPrefix', false, 'uploads/'), text('keySuffix', false, '.jpg')],
  itemExists: [text('table'), { name: 'key', type: 'json', placeholder: '{"id": "1"}' }],
  queueMessages: [text('queue'), number('visible')],
  topicPublished: [text('topic')],
  ruleFired: [text('rule')],
  batchProcessed: [text('function'), { name: 'outcome', type: 'choice', choices: ['ok', 'partial-failure', 'function-error'] }],
  throttled: [text('function')],
  roleAllows: [text('function'), text('action', true, 's3:GetObject'), text('resource', false, 'arn:aws:s3:::photos/*')],
  denied: [text('function'), text('action', true, 's3:GetObject')],
  logContains: [text('function'), text('text')],
  versionPublished: [text('function'), number('count')],
  aliasExists: [text('function'), text('alias'), text('version', false)],
  aliasWeighted: [text('function'), text('alias', false)],
};

export const KINDS = [...Object.keys(CHECK_FORMS), 'all'] as LessonCheckKind[];

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);
export const kindLabel = (kind: LessonCheckKind) => t(`lessons.kind${capital(kind)}` as MessageKey);
export const fieldLabel = (name: string) => t(`lessons.field${capital(name)}` as MessageKey);

/** A new check of a kind, with its required text fields empty. */
export function blankCheck(kind: LessonCheckKind): LessonCheck {
  if (kind === 'all') return { kind: 'all', checks: [{ kind: 'functionExists', name: '' }] };
  const check: Record<string, unknown> = { kind };
  for (const field of CHECK_FORMS[kind]) if (field.required) check[field.name] = field.type === 'choice' ? field.choices![0] : '';
  return check as LessonCheck;
}

function valueText(field: CheckField, value: unknown): string {
  if (field.type === 'flag') return value ? t('lessons.yes') : t('lessons.no');
  if (field.type === 'json') return JSON.stringify(value);
  return String(value);
}

/** "Function exists (with these settings) · Function: hello-world · Memory (MB): 256". */
export function describeCheck(check: LessonCheck): string {
  if (check.kind === 'all') return check.checks.map(describeCheck).join(' + ');
  const record = check as unknown as Record<string, unknown>;
  const parts = CHECK_FORMS[check.kind].filter((f) => record[f.name] !== undefined).map((f) => `${fieldLabel(f.name)}: ${valueText(f, record[f.name])}`);
  return [kindLabel(check.kind), ...parts].join(' · ');
}
