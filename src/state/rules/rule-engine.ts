// Where the state layer finds EventBridge in the engine: one accessor, so the engine's name for the
// service is written once on this side.
import type { Engine } from '../../engine/engine';
import type { EventBridgeServiceApi } from '../../engine/services/eventbridge/service';

export type EventBridgeApi = EventBridgeServiceApi;

export const eventBridge = (engine: Engine): EventBridgeApi => engine.eventbridge;
