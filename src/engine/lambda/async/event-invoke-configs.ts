// PutFunctionEventInvokeConfig, UpdateFunctionEventInvokeConfig, GetFunctionEventInvokeConfig,
// DeleteFunctionEventInvokeConfig, ListFunctionEventInvokeConfigs: per function, version or alias.
import { resourceNotFound } from '../../errors';
import { functionArn } from '../../ids';
import type { FunctionRegistry } from '../function-registry';
import type {
  FunctionEventInvokeConfig, PutFunctionEventInvokeConfigInput, UpdateFunctionEventInvokeConfigInput,
} from '../types';
import { parseFunctionName } from '../validation';
import { checkDestinations, validateEventInvokeInput, type DestinationLookup } from './event-invoke-config';
import { DEFAULT_MAXIMUM_EVENT_AGE_SECONDS, DEFAULT_MAXIMUM_RETRY_ATTEMPTS } from './limits';

interface StoredConfig {
  lastModified: number;
  maximumRetryAttempts?: number;
  maximumEventAgeInSeconds?: number;
  onSuccess?: string;
  onFailure?: string;
}

/** The settings a queued event is handled with: what is stored, with Lambda's defaults filled in. */
export interface EffectiveEventInvokeConfig {
  maximumRetryAttempts: number;
  maximumEventAgeInSeconds: number;
  onSuccess?: string;
  onFailure?: string;
}

type Target = { FunctionName: string; Qualifier?: string };

export class EventInvokeConfigs {
  /** Function name → qualifier (`$LATEST`, a version, an alias) → settings. */
  #byFunction = new Map<string, Map<string, StoredConfig>>();

  constructor(
    private readonly registry: FunctionRegistry,
    private readonly now: () => number,
    private readonly changed: () => void = () => {},
    /** Whether an SQS or SNS destination exists (set once those services are wired). */
    public lookupDestination?: DestinationLookup,
  ) {}

  /** Every stored configuration as PutFunctionEventInvokeConfig input, for saving with the project. */
  exportAll(): PutFunctionEventInvokeConfigInput[] {
    return [...this.#byFunction].flatMap(([name, configs]) =>
      [...configs].map(([qualifier, c]) => ({
        FunctionName: name,
        ...(qualifier !== '$LATEST' ? { Qualifier: qualifier } : {}),
        ...(c.maximumRetryAttempts !== undefined ? { MaximumRetryAttempts: c.maximumRetryAttempts } : {}),
        ...(c.maximumEventAgeInSeconds !== undefined ? { MaximumEventAgeInSeconds: c.maximumEventAgeInSeconds } : {}),
        ...(c.onSuccess || c.onFailure
          ? { DestinationConfig: { ...(c.onSuccess ? { OnSuccess: { Destination: c.onSuccess } } : {}), ...(c.onFailure ? { OnFailure: { Destination: c.onFailure } } : {}) } }
          : {}),
      })),
    );
  }

  /** Replaces the settings: anything left out is removed (back to Lambda's defaults). */
  async putFunctionEventInvokeConfig(input: PutFunctionEventInvokeConfigInput): Promise<FunctionEventInvokeConfig> {
    validateEventInvokeInput(input);
    const { name, qualifier } = this.#existing(input);
    checkDestinations(this.registry, name, input.DestinationConfig, this.lookupDestination);
    const stored: StoredConfig = { lastModified: this.now() };
    this.#apply(stored, input);
    this.#configs(name).set(qualifier, stored);
    this.changed();
    return output(name, qualifier, stored);
  }

  /** Changes only the settings given; the configuration must exist. */
  async updateFunctionEventInvokeConfig(input: UpdateFunctionEventInvokeConfigInput): Promise<FunctionEventInvokeConfig> {
    validateEventInvokeInput(input);
    const { name, qualifier } = this.#existing(input);
    const current = this.#byFunction.get(name)?.get(qualifier);
    if (!current) throw notConfigured(name, qualifier);
    checkDestinations(this.registry, name, input.DestinationConfig, this.lookupDestination);
    // Copy, then swap: an event being handled keeps a consistent view.
    const stored: StoredConfig = { ...current, lastModified: this.now() };
    this.#apply(stored, input);
    this.#configs(name).set(qualifier, stored);
    this.changed();
    return output(name, qualifier, stored);
  }

  async getFunctionEventInvokeConfig(input: Target): Promise<FunctionEventInvokeConfig> {
    const { name, qualifier } = target(input);
    const stored = this.#byFunction.get(name)?.get(qualifier);
    if (!stored || !this.registry.has(name)) throw notConfigured(name, qualifier);
    return output(name, qualifier, stored);
  }

  async deleteFunctionEventInvokeConfig(input: Target): Promise<Record<string, never>> {
    const { name, qualifier } = target(input);
    if (!this.registry.has(name) || !this.#byFunction.get(name)?.delete(qualifier)) throw notConfigured(name, qualifier);
    this.changed();
    return {};
  }

  async listFunctionEventInvokeConfigs(input: { FunctionName: string; Marker?: string; MaxItems?: number }): Promise<{ FunctionEventInvokeConfigs: FunctionEventInvokeConfig[] }> {
    const { name } = parseFunctionName(input.FunctionName);
    if (!this.registry.has(name)) throw resourceNotFound("The function doesn't exist.");
    const configs = [...(this.#byFunction.get(name) ?? new Map<string, StoredConfig>())].map(([q, stored]) => output(name, q, stored));
    return { FunctionEventInvokeConfigs: input.MaxItems ? configs.slice(0, input.MaxItems) : configs };
  }

  /** The settings for an event invoked with `qualifier` (unqualified is `$LATEST`). */
  effective(name: string, qualifier: string | undefined): EffectiveEventInvokeConfig {
    const stored = this.#byFunction.get(name)?.get(qualifier ?? '$LATEST');
    return {
      maximumRetryAttempts: stored?.maximumRetryAttempts ?? DEFAULT_MAXIMUM_RETRY_ATTEMPTS,
      maximumEventAgeInSeconds: stored?.maximumEventAgeInSeconds ?? DEFAULT_MAXIMUM_EVENT_AGE_SECONDS,
      ...(stored?.onSuccess ? { onSuccess: stored.onSuccess } : {}),
      ...(stored?.onFailure ? { onFailure: stored.onFailure } : {}),
    };
  }

  /** A deleted function's settings go with it (all of them), a deleted version's with it. */
  drop(name: string, qualifier?: string): void {
    if (qualifier === undefined) this.#byFunction.delete(name);
    else this.#byFunction.get(name)?.delete(qualifier);
  }

  #apply(stored: StoredConfig, input: PutFunctionEventInvokeConfigInput): void {
    if (input.MaximumRetryAttempts !== undefined) stored.maximumRetryAttempts = input.MaximumRetryAttempts;
    if (input.MaximumEventAgeInSeconds !== undefined) stored.maximumEventAgeInSeconds = input.MaximumEventAgeInSeconds;
    if (input.DestinationConfig !== undefined) {
      // A DestinationConfig replaces both destinations; an empty string clears one.
      delete stored.onSuccess;
      delete stored.onFailure;
      const onSuccess = input.DestinationConfig.OnSuccess?.Destination;
      const onFailure = input.DestinationConfig.OnFailure?.Destination;
      if (onSuccess) stored.onSuccess = onSuccess;
      if (onFailure) stored.onFailure = onFailure;
    }
  }

  /** The function and qualifier of a Put or Update, which must exist. */
  #existing(input: Target): { name: string; qualifier: string } {
    const { name, qualifier } = target(input);
    const record = this.registry.has(name) ? this.registry.get(name).record : undefined;
    const exists = record && (qualifier === '$LATEST' || record.versions.has(qualifier) || record.aliases.has(qualifier));
    if (!exists) throw resourceNotFound("The function doesn't exist.");
    return { name, qualifier };
  }

  #configs(name: string): Map<string, StoredConfig> {
    let configs = this.#byFunction.get(name);
    if (!configs) this.#byFunction.set(name, (configs = new Map()));
    return configs;
  }
}

function target(input: Target): { name: string; qualifier: string } {
  const { name, qualifier } = parseFunctionName(input.FunctionName);
  return { name, qualifier: input.Qualifier ?? qualifier ?? '$LATEST' };
}

const notConfigured = (name: string, qualifier: string) =>
  resourceNotFound(`The function ${functionArn(name, qualifier)} doesn't have an EventInvokeConfig`);

function output(name: string, qualifier: string, stored: StoredConfig): FunctionEventInvokeConfig {
  return {
    LastModified: new Date(stored.lastModified),
    FunctionArn: functionArn(name, qualifier),
    ...(stored.maximumRetryAttempts !== undefined ? { MaximumRetryAttempts: stored.maximumRetryAttempts } : {}),
    ...(stored.maximumEventAgeInSeconds !== undefined ? { MaximumEventAgeInSeconds: stored.maximumEventAgeInSeconds } : {}),
    DestinationConfig: {
      OnSuccess: stored.onSuccess ? { Destination: stored.onSuccess } : {},
      OnFailure: stored.onFailure ? { Destination: stored.onFailure } : {},
    },
  };
}
