// `window.playground.events`: the simulated EventBridge with the SDK's input and output shapes
// (PutRule, PutTargets, PutEvents, …), plus the fire times of a schedule expression.
import type { EventBridgeServiceApi } from '../engine/services/eventbridge/service';

export function createEventsScripting(events: EventBridgeServiceApi) {
  return {
    putRule: events.putRule,
    describeRule: events.describeRule,
    listRules: events.listRules,
    deleteRule: events.deleteRule,
    enableRule: events.enableRule,
    disableRule: events.disableRule,
    putTargets: events.putTargets,
    removeTargets: events.removeTargets,
    listTargetsByRule: events.listTargetsByRule,
    putEvents: events.putEvents,
    testEventPattern: events.testEventPattern,
    /** Not an AWS API: the next `n` fire times (epoch ms) of an expression from now; ValidationException (with `Field` and `Reason`) when EventBridge would refuse it. */
    nextFireTimes: (expression: string, n = 5): Promise<number[]> => events.previewSchedule(expression, n),
    /** Not an AWS API: a rule's next `n` fire times, as the rule's Overview shows them. */
    ruleFireTimes: (ruleName: string, n = 5): number[] => events.nextFireTimes(ruleName, n),
    /** Not an AWS API: a rule's recent firings (schedule or matching event), newest first. */
    lastFirings: (ruleName: string) => events.lastFirings(ruleName),
  };
}
