// One table's items as the item browser shows them (DynamoDB JSON, in Scan order), editing one item
// as JSON text (PutItem, with DynamoDB's errors shown where they belong), deleting, and the stream's
// records.
import type { Engine } from '../../engine/engine';
import type { ShardRecord } from '../../engine/lambda/event-source-mappings/stream-source';
import { fromJsonItem } from '../../engine/services/dynamodb/json-item';
import { describeError } from '../shared/describe-error';
import { checkJson } from '../shared/json-check';
import { t } from '../../i18n/i18n.svelte';

/** How many items the browser shows before it says there are more. */
export const ITEMS_SHOWN = 500;

export class TableItemsView {
  items = $state.raw<Record<string, unknown>[]>([]);
  total = $state(0);
  records = $state.raw<readonly ShardRecord[]>([]);
  #dispose: () => void;

  constructor(
    private readonly engine: Engine,
    readonly table: string,
  ) {
    this.#dispose = engine.events.on((event) => {
      if (event.type === 'items-changed' && event.table === table) this.refresh();
      if (event.type === 'tables-changed') this.refresh();
    });
    this.refresh();
  }

  refresh(): void {
    const def = this.engine.dynamodb.findTableDef(this.table);
    if (!def) return;
    const all = this.engine.dynamodb.exportItems(this.table);
    this.total = all.length;
    this.items = all.slice(0, ITEMS_SHOWN);
    this.records = this.engine.dynamodb.streamRecords(this.table).slice(-ITEMS_SHOWN);
  }

  /** The key attributes of an item, as DeleteItem's Key. */
  keyOf(item: Record<string, unknown>): Record<string, unknown> {
    const def = this.engine.dynamodb.findTableDef(this.table)!;
    const names = [def.partitionKey.name, ...(def.sortKey ? [def.sortKey.name] : [])];
    return Object.fromEntries(names.map((name) => [name, item[name]]));
  }

  /** PutItem from DynamoDB JSON text; returns what is wrong (the JSON's place, or DynamoDB's error). */
  async put(text: string): Promise<string | undefined> {
    const checked = checkJson(text);
    if (!checked.ok) return t('tables.itemNotJson', checked.line, checked.column, checked.message);
    const value = checked.value;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return t('tables.itemNotObject');
    try {
      await this.engine.dynamodb.putItem({ TableName: this.table, Item: fromJsonItem(value as Record<string, unknown>) });
    } catch (error) {
      return describeError(error);
    }
    this.refresh();
    return undefined;
  }

  async delete(item: Record<string, unknown>): Promise<string | undefined> {
    try {
      await this.engine.dynamodb.deleteItem({ TableName: this.table, Key: fromJsonItem(this.keyOf(item)) });
    } catch (error) {
      return describeError(error);
    }
    this.refresh();
    return undefined;
  }

  dispose(): void {
    this.#dispose();
  }
}
