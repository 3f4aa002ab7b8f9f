// Runs one mapping: a poller per shard of its stream, woken when records are appended, started and
// stopped with the mapping's Enabled setting; checkpoints survive a stop, so polling resumes there.
import type { StreamMapping } from './configuration';
import { ShardPoller, type Checkpoint, type ShardHost } from './shard-poller';
import type { ShardState } from './types';

export type RunnerHost = Omit<ShardHost, 'source' | 'mapping'>;

export class MappingRunner {
  #pollers = new Map<string, ShardPoller>();
  #unsubscribe?: () => void;
  #running = false;
  /** Whether the shards present at the first start have taken their StartingPosition. */
  #positioned = false;

  constructor(
    private readonly mapping: () => StreamMapping,
    private readonly host: RunnerHost,
  ) {}

  /** "When false, Lambda pauses polling and invocation"; when true again, it resumes from the checkpoint. */
  start(): void {
    this.#running = true;
    this.#unsubscribe ??= this.mapping().source.onAppend(() => this.#wake());
    this.#discover();
    for (const poller of this.#pollers.values()) poller.start();
  }

  stop(): void {
    this.#running = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    for (const poller of this.#pollers.values()) poller.stop();
  }

  /** Deleted: nothing further happens, not even for an invocation in flight. */
  dispose(): void {
    this.stop();
    for (const poller of this.#pollers.values()) poller.dispose();
    this.#pollers.clear();
  }

  state(): ShardState[] {
    if (!this.#positioned) return [];
    this.#discover();
    return [...this.#pollers.values()].map((poller) => poller.state());
  }

  #wake(): void {
    if (!this.#running) return;
    this.#discover();
    for (const poller of this.#pollers.values()) poller.wake();
  }

  /**
   * A poller for each shard not seen before. Shards present at the first start begin at the
   * StartingPosition ("Latest – Process new records"; "Trim horizon – Process all records");
   * shards that appear later hold only records written since, so they are read from their start.
   */
  #discover(): void {
    const { source, startingPosition } = this.mapping();
    const first = !this.#positioned;
    this.#positioned = true;
    for (const { shardId } of source.shards()) {
      if (this.#pollers.has(shardId)) continue;
      const latest = first && startingPosition === 'LATEST' ? source.latest(shardId) : undefined;
      const checkpoint: Checkpoint = latest !== undefined ? { after: latest } : { position: 'TRIM_HORIZON' };
      const poller = new ShardPoller(shardId, checkpoint, { ...this.host, source, mapping: this.mapping });
      this.#pollers.set(shardId, poller);
      if (this.#running) poller.start();
    }
  }
}
