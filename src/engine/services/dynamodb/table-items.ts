// A table's items in memory, grouped by partition and kept in sort-key order, so a Query reads one
// partition in order and a Scan walks every partition. The store behind it (IndexedDB) only
// persists; every read is served from here.
import type { Item } from './attribute-value';
import type { KeySchema } from './definitions';
import { compareKeyValues } from './expressions';
import { keyId, valueId } from './keys';

export class TableItems {
  /** Partition value id → the partition's items, sorted by sort key. */
  readonly #partitions = new Map<string, Item[]>();
  readonly #byKey = new Map<string, Item>();

  constructor(private readonly schema: KeySchema) {}

  get count(): number {
    return this.#byKey.size;
  }

  get(key: Item): Item | undefined {
    return this.#byKey.get(keyId(key, this.schema));
  }

  /** Stores the item (replacing any with its key); returns the one it replaced. */
  put(item: Item): Item | undefined {
    const id = keyId(item, this.schema);
    const old = this.#byKey.get(id);
    this.#byKey.set(id, item);
    const partitionId = valueId(item[this.schema.partitionKey.name]!);
    let partition = this.#partitions.get(partitionId);
    if (!partition) this.#partitions.set(partitionId, (partition = []));
    const index = this.#position(partition, item);
    if (old) partition[index] = item;
    else partition.splice(index, 0, item);
    return old;
  }

  /** Removes the item with this key; returns it. */
  delete(key: Item): Item | undefined {
    const id = keyId(key, this.schema);
    const old = this.#byKey.get(id);
    if (!old) return undefined;
    this.#byKey.delete(id);
    const partitionId = valueId(key[this.schema.partitionKey.name]!);
    const partition = this.#partitions.get(partitionId)!;
    partition.splice(this.#position(partition, old), 1);
    if (partition.length === 0) this.#partitions.delete(partitionId);
    return old;
  }

  /** One partition's items in sort-key order. */
  partition(partitionValue: Item[string]): readonly Item[] {
    return this.#partitions.get(valueId(partitionValue)) ?? [];
  }

  /** Every item, partition after partition (DynamoDB's Scan order is by partition too). */
  *all(): Generator<Item> {
    for (const partition of this.#partitions.values()) yield* partition;
  }

  clear(): void {
    this.#partitions.clear();
    this.#byKey.clear();
  }

  /** Where the item's sort key belongs in its partition (binary search; the match if present). */
  #position(partition: Item[], item: Item): number {
    const sortKey = this.schema.sortKey?.name;
    if (!sortKey) return 0;
    let low = 0;
    let high = partition.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compareKeyValues(partition[middle]![sortKey]!, item[sortKey]!) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
