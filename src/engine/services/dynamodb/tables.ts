// The account's tables: definitions (the project's), their items in memory (loaded from the item
// store when the project opens, seeded the first time), their streams, and every write: applied in
// memory, appended to the stream, then persisted, in order.
import type { ItemStore, StoredItemChange } from '../../ports';
import type { Item } from './attribute-value';
import type { TableDef } from './definitions';
import { tableInUse, tableNotFound, tableNotFoundNamed } from './errors';
import { checkItem, itemSize } from './item-validation';
import { fromJsonItem } from './json-item';
import { keyId, keyOfItem } from './keys';
import { TableItems } from './table-items';
import { TableStream } from './table-stream';

/** A table as the service works with it. */
export interface Table {
  def: TableDef;
  items: TableItems;
  stream?: TableStream;
}

/** One item's change in a write: as it was and as it is (undefined: absent). */
export interface ItemChange {
  before: Item | undefined;
  after: Item | undefined;
}

export interface TablesDeps {
  store: ItemStore;
  now: () => number;
  /** After a table definition changes (save the project, redraw). */
  changed: () => void;
  /** After a table's items change (runtime data: redraw its item browser). */
  itemsChanged?: (table: string) => void;
  /** A stream was created or removed (event source mappings look streams up by ARN). */
  streamsChanged?: () => void;
}

export class Tables {
  readonly #tables = new Map<string, Table>();
  /** Writes to the store, one after another, so the store ends as memory does. */
  #writes: Promise<void> = Promise.resolve();

  constructor(private readonly deps: TablesDeps) {}

  list(): Table[] {
    return [...this.#tables.values()].sort((a, b) => (a.def.name < b.def.name ? -1 : 1));
  }

  find(name: string): Table | undefined {
    return this.#tables.get(name);
  }

  /** A table for the data plane (GetItem, Query …). */
  get(name: unknown): Table {
    const table = typeof name === 'string' ? this.#tables.get(name) : undefined;
    if (!table) throw tableNotFound();
    return table;
  }

  /** A table for the control plane (DescribeTable …), whose message names it. */
  getNamed(name: string): Table {
    const table = this.#tables.get(name);
    if (!table) throw tableNotFoundNamed(name);
    return table;
  }

  streams(): TableStream[] {
    return this.list().flatMap((t) => (t.stream ? [t.stream] : []));
  }

  async create(def: TableDef): Promise<Table> {
    if (this.#tables.has(def.name)) throw tableInUse(def.name);
    const table = this.#open(def);
    await this.#persist(() => this.deps.store.drop(def.name).then(() => this.deps.store.create(def.name)));
    this.deps.changed();
    return table;
  }

  /** Restores a saved table: its items from the store, or its seed items the first time. */
  async import(def: TableDef): Promise<Table> {
    if (this.#tables.has(def.name)) throw tableInUse(def.name);
    const stored = await this.deps.store.load(def.name);
    const table = this.#open(def);
    if (stored) {
      for (const [, item] of stored) table.items.put(item as Item);
    } else {
      await this.deps.store.create(def.name);
      const seeds = (def.seedItems ?? []).map((seed) => checkItem(fromJsonItem(seed)));
      for (const item of seeds) keyOfItem(item, def);
      await this.commit(table, seeds.map((item) => ({ before: table.items.get(item), after: item })), { stream: false });
    }
    this.deps.changed();
    return table;
  }

  async delete(name: string): Promise<Table> {
    const table = this.getNamed(name);
    this.#tables.delete(name);
    await this.#persist(() => this.deps.store.drop(name));
    if (table.stream) this.deps.streamsChanged?.();
    this.deps.changed();
    this.deps.itemsChanged?.(name);
    return table;
  }

  /** Replaces a table's definition (UpdateTable); a new stream starts empty with a new label. */
  redefine(table: Table, def: TableDef): void {
    const streamChanged = table.def.stream?.label !== def.stream?.label;
    table.def = def;
    if (streamChanged) {
      table.stream = def.stream ? new TableStream(def, this.deps.now) : undefined;
      this.deps.streamsChanged?.();
    }
    this.deps.changed();
  }

  /** Applies one request's changes: memory, then the stream, then the store (awaited, in order). */
  async commit(table: Table, changes: ItemChange[], options: { stream?: boolean } = {}): Promise<void> {
    const stored: StoredItemChange[] = [];
    for (const { before, after } of changes) {
      if (after) table.items.put(after);
      else if (before) table.items.delete(before);
      if (options.stream !== false) table.stream?.append(before, after);
      const item = after ?? before;
      if (item) stored.push({ key: keyId(item, table.def), ...(after ? { item: after } : {}) });
    }
    if (!stored.length) return;
    this.deps.itemsChanged?.(table.def.name);
    await this.#persist(() => this.deps.store.apply(table.def.name, stored));
  }

  /** ItemCount and TableSizeBytes, as DescribeTable reports them. */
  stats(table: Table): { itemCount: number; sizeBytes: number } {
    let sizeBytes = 0;
    for (const item of table.items.all()) sizeBytes += itemSize(item);
    return { itemCount: table.items.count, sizeBytes };
  }

  #open(def: TableDef): Table {
    const table: Table = { def, items: new TableItems(def), ...(def.stream ? { stream: new TableStream(def, this.deps.now) } : {}) };
    this.#tables.set(def.name, table);
    if (table.stream) this.deps.streamsChanged?.();
    return table;
  }

  #persist(write: () => Promise<void>): Promise<void> {
    const next = this.#writes.then(write);
    this.#writes = next.catch(() => {});
    return next;
  }
}
