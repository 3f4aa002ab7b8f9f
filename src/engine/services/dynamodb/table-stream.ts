// A table's stream: every change to an item becomes a record (INSERT, MODIFY, REMOVE) shaped like
// the official sample event, kept 24 hours in one shard, in order, for event source mappings to read.
import { REGION, hex } from '../../ids';
import type { ShardInfo, ShardRecord, StreamSource } from '../../lambda/event-source-mappings/stream-source';
import type { Item } from './attribute-value';
import { streamArn, type TableDef } from './definitions';
import { attributeEquals } from './expressions';
import { itemSize } from './item-validation';
import { toJsonItem } from './json-item';
import { keyOnly } from './keys';
import { currentTraceHeader } from '../../tracing/ambient';

/** DynamoDB Streams keep records for 24 hours. */
export const STREAM_RETENTION_MS = 24 * 60 * 60 * 1000;

/** Sequence numbers are decimal strings of one length, so they also compare as text. */
const SEQUENCE_BASE = 10n ** 27n;

export class TableStream implements StreamSource {
  readonly arn: string;
  readonly #shard: ShardInfo;
  readonly #records: ShardRecord[] = [];
  readonly #listeners = new Set<() => void>();
  #next = 0n;

  constructor(
    private readonly table: TableDef,
    private readonly now: () => number,
  ) {
    this.arn = streamArn(table.name, table.stream!.label);
    this.#shard = { shardId: `shardId-${String(table.creationDate).padStart(20, '0')}-${hex(8)}` };
  }

  shards(): ShardInfo[] {
    return [this.#shard];
  }

  /** Records one change; `before`/`after` are the item as it was and as it is (undefined: absent). */
  append(before: Item | undefined, after: Item | undefined): void {
    if (!before && !after) return;
    // "If you perform a PutItem or UpdateItem operation that does not change any data in an item,
    // DynamoDB Streams does not write a stream record for that operation."
    if (before && after && attributeEquals({ M: before }, { M: after })) return;
    const viewType = this.table.stream!.viewType;
    const keys = keyOnly((after ?? before)!, this.table);
    const dynamodb: Record<string, unknown> = {
      ApproximateCreationDateTime: Math.floor(this.now() / 1000),
      Keys: toJsonItem(keys),
    };
    if (after && (viewType === 'NEW_IMAGE' || viewType === 'NEW_AND_OLD_IMAGES')) dynamodb.NewImage = toJsonItem(after);
    if (before && (viewType === 'OLD_IMAGE' || viewType === 'NEW_AND_OLD_IMAGES')) dynamodb.OldImage = toJsonItem(before);
    const sequenceNumber = String(SEQUENCE_BASE + ++this.#next * 100n);
    const sizeBytes = itemSize(keys) + (dynamodb.NewImage && after ? itemSize(after) : 0) + (dynamodb.OldImage && before ? itemSize(before) : 0);
    Object.assign(dynamodb, { SequenceNumber: sequenceNumber, SizeBytes: sizeBytes, StreamViewType: viewType });
    const trace = currentTraceHeader();
    this.#records.push({
      sequenceNumber,
      arrivalTime: this.now(),
      sizeBytes,
      ...(trace !== undefined ? { trace } : {}),
      data: {
        eventID: hex(32),
        eventName: !before ? 'INSERT' : !after ? 'REMOVE' : 'MODIFY',
        eventVersion: '1.1',
        eventSource: 'aws:dynamodb',
        awsRegion: REGION,
        dynamodb,
        eventSourceARN: this.arn,
      },
    });
    this.#trim();
    for (const listener of this.#listeners) listener();
  }

  read(shardId: string, from: { after: string } | { position: 'TRIM_HORIZON' | 'LATEST' }, limit: number): ShardRecord[] {
    if (shardId !== this.#shard.shardId) return [];
    this.#trim();
    if ('position' in from) return from.position === 'LATEST' ? [] : this.#records.slice(0, limit);
    const start = this.#records.findIndex((record) => record.sequenceNumber > from.after);
    return start < 0 ? [] : this.#records.slice(start, start + limit);
  }

  latest(shardId: string): string | undefined {
    return shardId === this.#shard.shardId ? this.#records.at(-1)?.sequenceNumber : undefined;
  }

  onAppend(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  /** Every record still kept, oldest first (for the table's Stream tab). */
  records(): readonly ShardRecord[] {
    this.#trim();
    return this.#records;
  }

  #trim(): void {
    const oldest = this.now() - STREAM_RETENTION_MS;
    let drop = 0;
    while (drop < this.#records.length && this.#records[drop]!.arrivalTime < oldest) drop++;
    if (drop) this.#records.splice(0, drop);
  }
}
