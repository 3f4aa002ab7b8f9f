// PublishVersion, ListVersionsByFunction and the alias operations.
import { invalidParameter, resourceConflict, resourceNotFound } from '../errors';
import { functionArn, hex } from '../ids';
import { validateAliasName, validateRouting, type AliasConfiguration, type AliasInput } from './aliases';
import type { EnvironmentPool } from './environment-pool';
import type { FunctionRegistry } from './function-registry';
import type { BuildResult } from './build';
import type { FunctionConfiguration, Runtime } from './types';
import { validateConfiguration, validateFiles } from './validation';
import { codeSha256, codeSize } from './code-identity';

/** A published version as a saved project carries it, to be restored under its own number. */
export interface ImportVersionInput {
  FunctionName: string;
  Version: string;
  Description?: string;
  Runtime: string;
  Handler: string;
  MemorySize: number;
  Timeout: number;
  Environment?: { Variables?: Record<string, string> };
  EphemeralStorage?: { Size: number };
  /** The version's own dead-letter queue (not checked again: it was when the version was made). */
  DeadLetterConfig?: { TargetArn?: string };
  Files: Record<string, string>;
}

export class VersionControl {
  constructor(
    private readonly registry: FunctionRegistry,
    private readonly pool: EnvironmentPool,
    private readonly changed: () => void,
    private readonly build: (files: Record<string, string>, handler: string, runtime: Runtime) => Promise<BuildResult>,
  ) {}

  /**
   * Not an AWS API: restores a published version from a saved project under its original number
   * (AWS never reuses a number, so a project must bring its versions back exactly).
   */
  async importVersion(input: ImportVersionInput): Promise<FunctionConfiguration> {
    const { record, name } = this.registry.get(input.FunctionName);
    if (!/^[1-9]\d*$/.test(input.Version)) throw invalidParameter(`Version must be a positive whole number, not '${input.Version}'.`);
    if (record.versions.has(input.Version)) throw resourceConflict(`Version ${input.Version} of ${name} already exists.`);
    validateConfiguration(input);
    validateFiles(input.Files);
    const config: FunctionConfiguration = {
      ...structuredClone(record.latest.config),
      Version: input.Version,
      FunctionArn: functionArn(name, input.Version),
      Description: input.Description ?? '',
      Runtime: input.Runtime as Runtime,
      Handler: input.Handler,
      MemorySize: input.MemorySize,
      Timeout: input.Timeout,
      Environment: { Variables: { ...(input.Environment?.Variables ?? {}) } },
      EphemeralStorage: { Size: input.EphemeralStorage?.Size ?? 512 },
      CodeSha256: await codeSha256(input.Files),
      CodeSize: codeSize(input.Files),
    };
    // The copy of $LATEST above must not lend the version $LATEST's dead-letter queue.
    delete config.DeadLetterConfig;
    if (input.DeadLetterConfig?.TargetArn) config.DeadLetterConfig = { TargetArn: input.DeadLetterConfig.TargetArn };
    const build = this.build(input.Files, input.Handler, config.Runtime);
    const versions = [...record.versions.entries(), [input.Version, { config, files: { ...input.Files }, revision: this.registry.nextRevision(), build }] as const];
    record.versions = new Map(versions.sort(([a], [b]) => Number(a) - Number(b)));
    record.nextVersion = Math.max(record.nextVersion, Number(input.Version) + 1);
    await build;
    this.changed();
    return structuredClone(config);
  }

  /**
   * Snapshots $LATEST's code and configuration as the next version number. As on AWS, when
   * nothing changed since the last published version, that version is returned instead.
   */
  async publishVersion(input: { FunctionName: string; Description?: string }): Promise<FunctionConfiguration> {
    const { record, name } = this.registry.get(input.FunctionName);
    const latest = record.latest;
    await latest.build;
    const newest = [...record.versions.values()].at(-1);
    if (newest && newest.config.CodeSha256 === latest.config.CodeSha256 && sameSettings(newest.config, latest.config)) {
      return structuredClone(newest.config);
    }
    const version = String(record.nextVersion++);
    const config: FunctionConfiguration = {
      ...structuredClone(latest.config),
      Version: version,
      FunctionArn: functionArn(name, version),
      Description: input.Description ?? latest.config.Description,
    };
    record.versions.set(version, { config, files: { ...latest.files }, revision: this.registry.nextRevision(), build: latest.build });
    this.changed();
    return structuredClone(config);
  }

  async listVersionsByFunction(input: { FunctionName: string }): Promise<{ Versions: FunctionConfiguration[] }> {
    const { record } = this.registry.get(input.FunctionName);
    return { Versions: [record.latest, ...record.versions.values()].map((v) => structuredClone(v.config)) };
  }

  /** Deletes one published version (DeleteFunction with a Qualifier). */
  deleteVersion(name: string, version: string): void {
    const { record } = this.registry.get(name);
    if (version === '$LATEST') throw invalidParameter('$LATEST version cannot be deleted without deleting the function.');
    if (!record.versions.has(version)) throw resourceNotFound(`Function not found: ${functionArn(name, version)}`);
    const aliased = [...record.aliases.values()].find((a) => a.FunctionVersion === version || a.RoutingConfig?.AdditionalVersionWeights[version] !== undefined);
    if (aliased) throw resourceConflict(`Unable to delete version because the following aliases reference it: [${aliased.Name}]`);
    record.versions.delete(version);
    this.pool.retire(name, (env) => env.version === version);
    this.changed();
  }

  async createAlias(input: AliasInput): Promise<AliasConfiguration> {
    const { record, name } = this.registry.get(input.FunctionName);
    validateAliasName(input.Name);
    if (record.aliases.has(input.Name)) throw resourceConflict(`Alias already exists: ${functionArn(name, input.Name)}`);
    const alias = this.#build(name, record, input, input.FunctionVersion ?? '$LATEST');
    record.aliases.set(input.Name, alias);
    this.changed();
    return structuredClone(alias);
  }

  async updateAlias(input: AliasInput): Promise<AliasConfiguration> {
    const { record, name } = this.registry.get(input.FunctionName);
    const current = this.#alias(name, input.Name);
    const alias = this.#build(name, record, {
      ...input,
      Description: input.Description ?? current.Description,
      RoutingConfig: input.RoutingConfig ?? current.RoutingConfig,
    }, input.FunctionVersion ?? current.FunctionVersion);
    record.aliases.set(input.Name, alias);
    this.changed();
    return structuredClone(alias);
  }

  async getAlias(input: { FunctionName: string; Name: string }): Promise<AliasConfiguration> {
    const { name } = this.registry.get(input.FunctionName);
    return structuredClone(this.#alias(name, input.Name));
  }

  async listAliases(input: { FunctionName: string }): Promise<{ Aliases: AliasConfiguration[] }> {
    const { record } = this.registry.get(input.FunctionName);
    return { Aliases: [...record.aliases.values()].map((a) => structuredClone(a)) };
  }

  async deleteAlias(input: { FunctionName: string; Name: string }): Promise<Record<string, never>> {
    const { record, name } = this.registry.get(input.FunctionName);
    this.#alias(name, input.Name);
    record.aliases.delete(input.Name);
    this.changed();
    return {};
  }

  #alias(name: string, aliasName: string): AliasConfiguration {
    const alias = this.registry.get(name).record.aliases.get(aliasName);
    if (!alias) throw resourceNotFound(`Alias not found: ${functionArn(name, aliasName)}`);
    return alias;
  }

  #build(name: string, record: ReturnType<FunctionRegistry['get']>['record'], input: AliasInput, version: string): AliasConfiguration {
    const exists = (v: string) => v === '$LATEST' || record.versions.has(v);
    if (!exists(version)) throw resourceNotFound(`Function not found: ${functionArn(name, version)}`);
    const weights = validateRouting(version, input.RoutingConfig?.AdditionalVersionWeights, (v) => record.versions.has(v));
    return {
      AliasArn: functionArn(name, input.Name),
      Name: input.Name,
      FunctionVersion: version,
      Description: input.Description ?? '',
      ...(weights ? { RoutingConfig: { AdditionalVersionWeights: weights } } : {}),
      RevisionId: `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`,
    };
  }
}

function sameSettings(a: FunctionConfiguration, b: FunctionConfiguration): boolean {
  const pick = (c: FunctionConfiguration) => JSON.stringify([c.Runtime, c.Handler, c.MemorySize, c.Timeout, c.Environment, c.EphemeralStorage, c.Role, c.DeadLetterConfig?.TargetArn]);
  return pick(a) === pick(b);
}

