// The forms of the EventBridge views as API input: a new rule (a schedule or an event pattern) as
// PutRule's, a target (a function and what it receives) as PutTargets', an event as PutEvents'; and
// where in the text EventBridge says an expression or pattern is wrong.
import { functionArn } from '../../engine/ids';
import type { TargetDef } from '../../engine/services/eventbridge/definitions';
import { checkJson } from '../shared/json-check';
import { t } from '../../i18n/i18n.svelte';

export interface RuleForm {
  name: string;
  kind: 'schedule' | 'pattern';
  schedule: string;
  pattern: string;
  description: string;
  enabled: boolean;
}

export const emptyRuleForm = (): RuleForm => ({ name: '', kind: 'schedule', schedule: 'rate(5 minutes)', pattern: '{\n  "source": ["my.app"]\n}', description: '', enabled: true });

export function putRuleInput(form: RuleForm): Record<string, unknown> {
  return {
    Name: form.name.trim(),
    ...(form.kind === 'schedule' ? { ScheduleExpression: form.schedule.trim() } : { EventPattern: form.pattern }),
    State: form.enabled ? 'ENABLED' : 'DISABLED',
    ...(form.description.trim() ? { Description: form.description.trim() } : {}),
  };
}

/** Where a pattern error points: Jackson's `line: 3, column: 12` at the end of EventBridge's message. */
export function patternErrorPlace(message: string): { line: number; column: number } | undefined {
  const place = /line: (\d+), column: (\d+)\]\s*$/.exec(message);
  return place ? { line: Number(place[1]), column: Number(place[2]) } : undefined;
}

/** What a target receives: the event, constant JSON, a part of the event, or a transformed one. */
export type TargetInputKind = 'event' | 'constant' | 'path' | 'transformer';

export interface TargetForm {
  functionName: string;
  qualifier: string;
  /** The target's Id; made from the function's name when left empty. */
  id: string;
  inputKind: TargetInputKind;
  constant: string;
  path: string;
  /** InputPathsMap as JSON text: `{ "state": "$.detail.state" }`. */
  pathsMap: string;
  template: string;
}

export const emptyTargetForm = (): TargetForm => ({
  functionName: '', qualifier: '', id: '', inputKind: 'event', constant: '{\n  "job": "nightly"\n}', path: '$.detail',
  pathsMap: '{\n  "source": "$.source"\n}', template: '{"from": <source>}',
});

/** The form as a PutTargets target, or what is wrong with its JSON before EventBridge is asked. */
export function targetOf(form: TargetForm): { target: TargetDef } | { error: string } {
  const id = form.id.trim() || `${form.functionName}${form.qualifier ? `-${form.qualifier}` : ''}`.replace(/[^.\-_A-Za-z0-9]/g, '-').slice(0, 64);
  const target: TargetDef = { Id: id, Arn: functionArn(form.functionName, form.qualifier || undefined) };
  if (form.inputKind === 'constant') {
    const checked = checkJson(form.constant);
    if (!checked.ok) return { error: t('rules.constantNotJson', checked.line, checked.column, checked.message) };
    target.Input = form.constant;
  } else if (form.inputKind === 'path') {
    target.InputPath = form.path.trim();
  } else if (form.inputKind === 'transformer') {
    const checked = checkJson(form.pathsMap);
    if (!checked.ok) return { error: t('rules.pathsNotJson', checked.line, checked.column, checked.message) };
    const map = checked.value;
    if (!map || typeof map !== 'object' || Array.isArray(map) || Object.values(map).some((v) => typeof v !== 'string')) {
      return { error: t('rules.pathsNotObject') };
    }
    target.InputTransformer = { InputPathsMap: map as Record<string, string>, InputTemplate: form.template };
  }
  return { target };
}

export interface EventForm {
  source: string;
  detailType: string;
  detail: string;
  /** One ARN a line. */
  resources: string;
}

export const emptyEventForm = (): EventForm => ({ source: 'my.app', detailType: 'Order Placed', detail: '{\n  "orderId": "1234",\n  "total": 42\n}', resources: '' });

export const putEventsEntry = (form: EventForm) => ({
  Source: form.source,
  DetailType: form.detailType,
  Detail: form.detail,
  Resources: form.resources.split('\n').map((r) => r.trim()).filter(Boolean),
});
