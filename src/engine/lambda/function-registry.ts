// The functions of the account: each with its editable $LATEST, its immutable published
// versions and its aliases; and the resolution of a qualifier to the version that runs.
import { resourceNotFound } from '../errors';
import { functionArn } from '../ids';
import type { AliasConfiguration } from './aliases';
import { routeAlias } from './aliases';
import type { BuildResult } from './build';
import type { FunctionConfiguration } from './types';
import { parseFunctionName } from './validation';

/** One version of a function: $LATEST (mutable) or a published number (immutable). */
export interface VersionRecord {
  config: FunctionConfiguration;
  files: Record<string, string>;
  /** Unique across the account; changes whenever $LATEST changes. Environments run one revision. */
  revision: number;
  build: Promise<BuildResult>;
}

export interface FunctionRecord {
  latest: VersionRecord;
  versions: Map<string, VersionRecord>;
  aliases: Map<string, AliasConfiguration>;
  nextVersion: number;
  reservedConcurrency?: number;
}

/** Which version an invocation runs, and through which alias if any. */
export interface ResolvedTarget {
  version: VersionRecord;
  executedVersion: string;
  alias?: string;
}

export class FunctionRegistry {
  #functions = new Map<string, FunctionRecord>();
  #revision = 0;

  nextRevision(): number {
    return ++this.#revision;
  }

  has(name: string): boolean {
    return this.#functions.has(name);
  }

  add(name: string, record: FunctionRecord): void {
    this.#functions.set(name, record);
  }

  delete(name: string): void {
    this.#functions.delete(name);
  }

  /** The functions in no particular order: for the invoke path, where sorting would be waste. */
  values(): IterableIterator<FunctionRecord> {
    return this.#functions.values();
  }

  all(): FunctionRecord[] {
    return [...this.#functions.values()].sort((a, b) => a.latest.config.FunctionName.localeCompare(b.latest.config.FunctionName));
  }

  /** The function named by a name or an ARN; the ARN's qualifier, if any, is returned too. */
  get(functionName: string): { record: FunctionRecord; name: string; qualifier?: string } {
    const { name, qualifier } = parseFunctionName(functionName);
    const record = this.#functions.get(name);
    if (!record) throw resourceNotFound(`Function not found: ${functionArn(name)}`);
    return qualifier === undefined ? { record, name } : { record, name, qualifier };
  }

  /** The version a qualifier names: `$LATEST`, a version number, or an alias (routed by weight). */
  resolve(name: string, record: FunctionRecord, qualifier: string | undefined, random: () => number): ResolvedTarget {
    if (qualifier === undefined || qualifier === '$LATEST') return { version: record.latest, executedVersion: '$LATEST' };
    const published = record.versions.get(qualifier);
    if (published) return { version: published, executedVersion: qualifier };
    const alias = record.aliases.get(qualifier);
    if (alias) {
      const executed = routeAlias(alias, random);
      const version = executed === '$LATEST' ? record.latest : record.versions.get(executed);
      if (version) return { version, executedVersion: executed, alias: qualifier };
    }
    throw resourceNotFound(`Function not found: ${functionArn(name, qualifier)}`);
  }

  /** The current revision of a version, or undefined once it is gone (for retiring environments). */
  currentRevision(name: string, version: string): number | undefined {
    const record = this.#functions.get(name);
    if (!record) return undefined;
    return version === '$LATEST' ? record.latest.revision : record.versions.get(version)?.revision;
  }
}
