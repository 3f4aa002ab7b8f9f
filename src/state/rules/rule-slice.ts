// EventBridge's slice of the project document: the rules with their targets, as PutRule and
// PutTargets take them (restored after the functions, which the targets name).
import type { RuleDef } from '../../engine/services/eventbridge/definitions';
import type { ServiceSlice } from '../projects/service-slice';
import { eventBridge } from './rule-engine';
import { t } from '../../i18n/i18n.svelte';

export const ruleSlice: ServiceSlice = {
  key: 'rules',
  read: (engine) => eventBridge(engine).listRuleDefs(),
  restore: (engine, rule) => eventBridge(engine).importRule(rule as RuleDef),
  describe: (rule) => t('rules.describe', (rule as Partial<RuleDef> | undefined)?.Name ?? t('rules.unnamed')),
  changedBy: ['rules-changed'],
};
