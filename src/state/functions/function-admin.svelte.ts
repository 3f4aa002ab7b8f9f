// Versions, aliases, concurrency and environments of a function: the UI's actions on them,
// each one Lambda API call, with AWS's error text returned for the form that asked.
import type { Engine } from '../../engine/engine';
import type { BurstResult } from '../../engine/lambda/burst';
import { describeError } from '../shared/describe-error';
import type { FunctionView } from './function-view.svelte';
import { t } from '../../i18n/i18n.svelte';

export class FunctionAdmin {
  lastBurst = $state.raw<BurstResult | undefined>(undefined);
  bursting = $state(false);

  constructor(
    private readonly engine: Engine,
    private readonly notify: (kind: 'info' | 'error', text: string) => void,
  ) {}

  /**
   * Lambda has no rename: like a person on AWS, create a copy under the new name, then delete the
   * original. Returns AWS's error message, if any.
   */
  async renameByCopy(oldName: string, newName: string): Promise<string | undefined> {
    try {
      const { Configuration: c, Code } = await this.engine.lambda.getFunction({ FunctionName: oldName });
      await this.engine.lambda.createFunction({
        FunctionName: newName, Runtime: c.Runtime, Handler: c.Handler, MemorySize: c.MemorySize, Timeout: c.Timeout,
        Environment: c.Environment, Description: c.Description, EphemeralStorage: c.EphemeralStorage, Code: { Files: Code.Files },
        // The copy keeps running as the same role, so what the role allows still holds.
        Role: c.Role,
        ...(c.DeadLetterConfig ? { DeadLetterConfig: { TargetArn: c.DeadLetterConfig.TargetArn } } : {}),
      });
      await this.engine.lambda.deleteFunction({ FunctionName: oldName });
      return undefined;
    } catch (error) {
      return describeError(error);
    }
  }

  /** Reloads versions, aliases and reserved concurrency of a function. */
  async refresh(view: FunctionView): Promise<void> {
    const [{ Versions }, { Aliases }, concurrency] = await Promise.all([
      this.engine.lambda.listVersionsByFunction({ FunctionName: view.name }),
      this.engine.lambda.listAliases({ FunctionName: view.name }),
      this.engine.lambda.getFunctionConcurrency({ FunctionName: view.name }),
    ]).catch(() => [{ Versions: [] }, { Aliases: [] }, {}] as [{ Versions: never[] }, { Aliases: never[] }, { ReservedConcurrentExecutions?: number }]);
    view.versions = Versions.filter((v) => v.Version !== '$LATEST');
    const missing = view.versions.filter((v) => !view.versionFiles[v.Version]);
    if (missing.length) {
      const fetched = await Promise.all(missing.map((v) => this.engine.lambda.getFunction({ FunctionName: view.name, Qualifier: v.Version }).then((f) => [v.Version, f.Code.Files] as const)));
      view.versionFiles = { ...view.versionFiles, ...Object.fromEntries(fetched) };
    }
    view.aliases = [...Aliases];
    view.reservedConcurrency = concurrency.ReservedConcurrentExecutions;
    const known = ['$LATEST', ...view.versions.map((v) => v.Version), ...view.aliases.map((a) => a.Name)];
    if (!known.includes(view.qualifier)) view.qualifier = '$LATEST';
  }

  /** Reads the pool's live environments of a function into the view. */
  readEnvironments(view: FunctionView): void {
    view.environments = this.engine.environments.list(view.name).map((env) => env.summary());
  }

  async publish(view: FunctionView, description: string): Promise<string | undefined> {
    return this.#run(async () => {
      const version = await this.engine.lambda.publishVersion({ FunctionName: view.name, Description: description });
      this.notify('info', t('functions.published', version.Version, view.name));
      await this.refresh(view);
    });
  }

  async deleteVersion(view: FunctionView, version: string): Promise<string | undefined> {
    return this.#run(async () => {
      await this.engine.lambda.deleteFunction({ FunctionName: view.name, Qualifier: version });
      await this.refresh(view);
    });
  }

  /** Creates or updates an alias; `weight` (0–1) goes to `additionalVersion` when given. */
  async saveAlias(view: FunctionView, name: string, version: string, additionalVersion: string, weight: number): Promise<string | undefined> {
    return this.#run(async () => {
      const input = {
        FunctionName: view.name,
        Name: name.trim(),
        FunctionVersion: version,
        RoutingConfig: { AdditionalVersionWeights: additionalVersion ? { [additionalVersion]: weight } : {} },
      };
      if (view.aliases.some((a) => a.Name === input.Name)) await this.engine.lambda.updateAlias(input);
      else await this.engine.lambda.createAlias(input);
      this.notify('info', t('functions.aliasSaved', input.Name));
      await this.refresh(view);
    });
  }

  async deleteAlias(view: FunctionView, name: string): Promise<string | undefined> {
    return this.#run(async () => {
      await this.engine.lambda.deleteAlias({ FunctionName: view.name, Name: name });
      await this.refresh(view);
    });
  }

  /** PutFunctionConcurrency, or DeleteFunctionConcurrency when `value` is undefined. */
  async setReservedConcurrency(view: FunctionView, value: number | undefined): Promise<string | undefined> {
    return this.#run(async () => {
      if (value === undefined) await this.engine.lambda.deleteFunctionConcurrency({ FunctionName: view.name });
      else await this.engine.lambda.putFunctionConcurrency({ FunctionName: view.name, ReservedConcurrentExecutions: value });
      this.notify('info', value === undefined ? t('functions.unreservedNotice', view.name) : t('functions.reservedNotice', value, view.name));
      await this.refresh(view);
    });
  }

  async burst(view: FunctionView, count: number, payload: string): Promise<string | undefined> {
    this.bursting = true;
    try {
      return await this.#run(async () => {
        this.lastBurst = await this.engine.burst({ FunctionName: view.name, Qualifier: view.qualifier, Payload: payload, Count: count });
      });
    } finally {
      this.bursting = false;
    }
  }

  async #run(action: () => Promise<void>): Promise<string | undefined> {
    try {
      await action();
      return undefined;
    } catch (error) {
      return describeError(error);
    }
  }
}
