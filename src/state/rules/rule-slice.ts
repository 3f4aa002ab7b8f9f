// EventBridge's slice of the project document: the rules with their targets, as PutRule and
// PutTargets take them (restored after the functions, which the targets name).
import type { RuleDef } from '../../engine/services/eventbridge/definitions';
import type { ServiceSlice } from '../projects/service-slice';
import { eventBridge } from './rule-engine';

export const ruleSlice: ServiceSlice = {
  key: 'rules',
  read: (engine) => eventBridge(engine).listRuleDefs(),
  restore: (engine, rule) => eventBridge(engine).importRule(rule as RuleDef),
  describe: (rule) => `the EventBridge rule ${(rule as Partial<RuleDef> | undefined)?.Name ?? '(unnamed)'}`,
  changedBy: ['rules-changed'],
};
