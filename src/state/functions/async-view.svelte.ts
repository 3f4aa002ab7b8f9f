// A function's Asynchronous tab: its event invoke config (retries, maximum event age, destinations)
// as a form, and its event queue, read again whenever the queue changes and ticking while it waits.
import type { Engine } from '../../engine/engine';
import { ServiceError } from '../../engine/errors';
import { functionArn } from '../../engine/ids';
import type { QueuedEventSummary } from '../../engine/lambda/async/event-queue';
import { DEFAULT_MAXIMUM_EVENT_AGE_SECONDS, DEFAULT_MAXIMUM_RETRY_ATTEMPTS } from '../../engine/lambda/async/limits';
import { parseFunctionName } from '../../engine/lambda/validation';
import { describeError } from '../shared/describe-error';

/** A destination ARN as the form shows it: a function's name (or name:qualifier), else the ARN itself. */
export function destinationName(arn: string | undefined): string {
  if (!arn) return '';
  try {
    const { name, qualifier } = parseFunctionName(arn);
    return qualifier ? `${name}:${qualifier}` : name;
  } catch {
    return arn;
  }
}

/** The form's destination back to an ARN ('' clears it, as the API takes an empty Destination). */
export function destinationArn(value: string): string {
  const v = value.trim();
  if (!v || v.startsWith('arn:')) return v;
  const [name = '', qualifier] = v.split(':');
  return functionArn(name, qualifier);
}

export class AsyncView {
  retries = $state(DEFAULT_MAXIMUM_RETRY_ATTEMPTS);
  maxAgeSeconds = $state(DEFAULT_MAXIMUM_EVENT_AGE_SECONDS);
  onSuccess = $state('');
  onFailure = $state('');
  /** Whether the function has a configuration of its own (else Lambda's defaults apply). */
  configured = $state(false);
  error = $state('');
  queue = $state.raw<QueuedEventSummary[]>([]);
  /** Wall-clock now, ticking while events wait, for countdowns and ages. */
  now = $state(Date.now());
  #queueReadAt = Date.now();

  constructor(
    private readonly engine: Engine,
    readonly functionName: string,
  ) {}

  /** Loads, and follows the queue until the returned function is called. */
  connect(): () => void {
    void this.load();
    this.readQueue();
    const off = this.engine.events.on((event) => {
      if (event.type === 'async-queue-changed' && event.functionName === this.functionName) this.readQueue();
    });
    const timer = setInterval(() => {
      if (this.queue.length) this.now = Date.now();
    }, 250);
    return () => {
      off();
      clearInterval(timer);
    };
  }

  async load(): Promise<void> {
    try {
      const c = await this.engine.lambda.getFunctionEventInvokeConfig({ FunctionName: this.functionName });
      this.retries = c.MaximumRetryAttempts ?? DEFAULT_MAXIMUM_RETRY_ATTEMPTS;
      this.maxAgeSeconds = c.MaximumEventAgeInSeconds ?? DEFAULT_MAXIMUM_EVENT_AGE_SECONDS;
      this.onSuccess = destinationName(c.DestinationConfig.OnSuccess.Destination);
      this.onFailure = destinationName(c.DestinationConfig.OnFailure.Destination);
      this.configured = true;
    } catch (error) {
      if (!(error instanceof ServiceError && error.code === 'ResourceNotFoundException')) this.error = describeError(error);
      this.configured = false;
    }
  }

  readQueue(): void {
    this.queue = this.engine.lambda.getEventQueue(this.functionName);
    this.#queueReadAt = this.now = Date.now();
  }

  /** An event's age now, on Lambda's (scaled) clock: its age when read plus the time since, scaled. */
  ageMs(event: QueuedEventSummary, scale: number): number {
    return event.ageMs + Math.max(0, this.now - this.#queueReadAt) * scale;
  }

  /** Wall-clock milliseconds until the event's next try, 0 when due. */
  countdownMs(event: QueuedEventSummary): number | undefined {
    return event.nextAttemptAt === undefined ? undefined : Math.max(0, event.nextAttemptAt - this.now);
  }

  /** PutFunctionEventInvokeConfig with the form; returns Lambda's error, if any. */
  async save(): Promise<string | undefined> {
    try {
      await this.engine.lambda.putFunctionEventInvokeConfig({
        FunctionName: this.functionName,
        MaximumRetryAttempts: Number(this.retries),
        MaximumEventAgeInSeconds: Number(this.maxAgeSeconds),
        DestinationConfig: { OnSuccess: { Destination: destinationArn(this.onSuccess) }, OnFailure: { Destination: destinationArn(this.onFailure) } },
      });
      this.error = '';
      await this.load();
      return undefined;
    } catch (error) {
      return (this.error = describeError(error));
    }
  }

  /** DeleteFunctionEventInvokeConfig: back to Lambda's defaults (2 retries, 6 hours, no destinations). */
  async reset(): Promise<void> {
    try {
      if (this.configured) await this.engine.lambda.deleteFunctionEventInvokeConfig({ FunctionName: this.functionName });
      this.retries = DEFAULT_MAXIMUM_RETRY_ATTEMPTS;
      this.maxAgeSeconds = DEFAULT_MAXIMUM_EVENT_AGE_SECONDS;
      this.onSuccess = this.onFailure = '';
      this.configured = false;
      this.error = '';
    } catch (error) {
      this.error = describeError(error);
    }
  }

  /** Invoke with InvocationType Event (the 202 is immediate; the queue takes it from there). */
  async sendEvent(payload: string): Promise<string | undefined> {
    try {
      await this.engine.lambda.invoke({ FunctionName: this.functionName, InvocationType: 'Event', Payload: payload });
      return undefined;
    } catch (error) {
      return describeError(error);
    }
  }
}
