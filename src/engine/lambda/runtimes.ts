// The Node.js runtimes Lambda accepts and their lifecycle, as the "Lambda runtimes" page lists
// them: the deprecation date (no more patches, the console warns), the date after which
// CreateFunction refuses the runtime, and the date after which updates to functions using it are
// refused. Invocations keep working after all three. The playground clock's date decides the phase,
// so fast-forwarding past a date shows what happens then.
import { invalidParameter } from '../errors';

/** One managed runtime and its deprecation schedule (dates are UTC days, `YYYY-MM-DD`). */
export interface RuntimeLifecycle {
  id: string;
  /** As the console names it: `Node.js 22`. */
  name: string;
  /** From this day the runtime is deprecated: no security patches, no technical support. */
  deprecation: string;
  /** From this day CreateFunction refuses the runtime. */
  blockCreate: string;
  /** From this day updates to functions on the runtime are refused (code and configuration). */
  blockUpdate: string;
}

/**
 * Newest first. Dates as AWS lists them (extended in 2026: Node.js 16, 18 and 20 can be created until
 * 2027-02-01 and updated until 2027-03-03).
 */
export const RUNTIME_LIFECYCLES = [
  { id: 'nodejs24.x', name: 'Node.js 24', deprecation: '2028-04-30', blockCreate: '2028-06-01', blockUpdate: '2028-07-01' },
  { id: 'nodejs22.x', name: 'Node.js 22', deprecation: '2027-04-30', blockCreate: '2027-06-01', blockUpdate: '2027-07-01' },
  { id: 'nodejs20.x', name: 'Node.js 20', deprecation: '2026-04-30', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
  { id: 'nodejs18.x', name: 'Node.js 18', deprecation: '2025-09-01', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
  { id: 'nodejs16.x', name: 'Node.js 16', deprecation: '2024-06-12', blockCreate: '2027-02-01', blockUpdate: '2027-03-03' },
] as const satisfies readonly RuntimeLifecycle[];

/** Every runtime the playground runs and a project may hold, newest first. */
export const RUNTIMES = RUNTIME_LIFECYCLES.map((r) => r.id) as unknown as readonly (typeof RUNTIME_LIFECYCLES)[number]['id'][];
export type Runtime = (typeof RUNTIME_LIFECYCLES)[number]['id'];

/** The newest runtime: the one AWS's refusal recommends. */
export const NEWEST_RUNTIME: Runtime = RUNTIME_LIFECYCLES[0].id;

/**
 * Where a runtime stands on a day: `supported`; `deprecated` (runs, creates and updates, with a
 * warning); `create-blocked` (existing functions run and update, new ones are refused);
 * `update-blocked` (existing functions only run).
 */
export type RuntimePhase = 'supported' | 'deprecated' | 'create-blocked' | 'update-blocked';

export interface RuntimeStatus {
  runtime: string;
  phase: RuntimePhase;
  lifecycle?: RuntimeLifecycle;
}

const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`);

export function lifecycleOf(runtime: string): RuntimeLifecycle | undefined {
  return RUNTIME_LIFECYCLES.find((r) => r.id === runtime);
}

/** Node.js runtimes retired before the playground's table begins (`nodejs`, `nodejs4.3` … `nodejs14.x`). */
export function isRetiredRuntime(runtime: string): boolean {
  return /^nodejs(\d+\.x|4\.3(-edge)?|6\.10|8\.10)?$/.test(runtime) && !lifecycleOf(runtime);
}

/** The runtime's phase at `now` (epoch ms, the playground clock). Retired runtimes are past every date. */
export function runtimeStatus(runtime: string, now: number): RuntimeStatus {
  const lifecycle = lifecycleOf(runtime);
  if (!lifecycle) return { runtime, phase: isRetiredRuntime(runtime) ? 'update-blocked' : 'supported' };
  const phase: RuntimePhase = now >= dayStart(lifecycle.blockUpdate) ? 'update-blocked'
    : now >= dayStart(lifecycle.blockCreate) ? 'create-blocked'
      : now >= dayStart(lifecycle.deprecation) ? 'deprecated'
        : 'supported';
  return { runtime, phase, lifecycle };
}

/** AWS's refusal, word for word: it names the newest runtime as the one to use. */
export function noLongerSupported(runtime: string) {
  return invalidParameter(
    `The runtime parameter of ${runtime} is no longer supported for creating or updating AWS Lambda functions. We recommend you use the new runtime (${NEWEST_RUNTIME}) while creating or updating functions.`,
  );
}

/**
 * Refuses a CreateFunction (`create`) or an update (`update`: UpdateFunctionCode, or
 * UpdateFunctionConfiguration leaving the function on `runtime`) as Lambda does past its dates.
 * Moving a function to a supported runtime is always allowed: the check is on the runtime it ends on.
 */
export function checkRuntimeAllowed(runtime: string, operation: 'create' | 'update', now: number): void {
  const { phase } = runtimeStatus(runtime, now);
  if (phase === 'update-blocked' || (operation === 'create' && phase === 'create-blocked')) throw noLongerSupported(runtime);
}

/** The runtimes a "Create function" form offers on a day: not yet deprecated, as in the console. */
export function runtimeChoices(now: number): Runtime[] {
  return RUNTIME_LIFECYCLES.filter((r) => runtimeStatus(r.id, now).phase === 'supported').map((r) => r.id);
}

/**
 * The runtimes a function's settings form offers: every one that can still take an update, plus the
 * function's own (so the form can show it even when it cannot be saved any more).
 */
export function updateChoices(current: string, now: number): string[] {
  const open = RUNTIME_LIFECYCLES.filter((r) => runtimeStatus(r.id, now).phase !== 'update-blocked').map((r) => r.id as string);
  return open.includes(current) ? open : [...open, current];
}
