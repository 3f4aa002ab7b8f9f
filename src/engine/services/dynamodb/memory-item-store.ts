// An ItemStore in memory: for unit tests, and for pages that keep nothing (shared links, embeds).
import type { ItemStore, StoredItemChange } from '../../ports';

export class MemoryItemStore implements ItemStore {
  readonly #tables = new Map<string, Map<string, Record<string, unknown>>>();

  async load(table: string) {
    const items = this.#tables.get(table);
    return items ? [...items.entries()] : undefined;
  }

  async create(table: string) {
    if (!this.#tables.has(table)) this.#tables.set(table, new Map());
  }

  async apply(table: string, changes: StoredItemChange[]) {
    let items = this.#tables.get(table);
    if (!items) this.#tables.set(table, (items = new Map()));
    for (const change of changes) {
      if (change.item) items.set(change.key, change.item);
      else items.delete(change.key);
    }
  }

  async drop(table: string) {
    this.#tables.delete(table);
  }
}
