// The project's DynamoDB tables as the UI sees them: the list, create (from the form) and delete
// with DynamoDB's errors, turning the stream on and off, and one item browser per table.
import type { Engine } from '../../engine/engine';
import type { StreamViewType, TableDef } from '../../engine/services/dynamodb/definitions';
import { describeError } from '../shared/describe-error';
import { t } from '../../i18n/i18n.svelte';
import { createTableInput, type TableForm } from './table-form';
import { TableItemsView } from './table-items.svelte';

type Notify = (kind: 'info' | 'error', text: string) => void;

export class TableList {
  tables = $state.raw<TableDef[]>([]);
  /** The table the main area shows when the view is 'tables'. */
  selected = $state<string | undefined>(undefined);
  readonly #views = new Map<string, TableItemsView>();

  constructor(
    private readonly engine: Engine,
    private readonly notify: Notify,
  ) {
    engine.events.on((event) => {
      if (event.type === 'tables-changed') this.refresh();
    });
    this.refresh();
  }

  refresh(): void {
    this.tables = this.engine.dynamodb.listTableDefs();
    const names = new Set(this.tables.map((t) => t.name));
    for (const [name, view] of this.#views) {
      if (!names.has(name)) {
        view.dispose();
        this.#views.delete(name);
      }
    }
    if (this.selected && !names.has(this.selected)) this.selected = this.tables[0]?.name;
  }

  /** CreateTable from the form; DynamoDB's error for the form, if any. Selects the new table. */
  async create(form: TableForm): Promise<string | undefined> {
    try {
      await this.engine.dynamodb.createTable(createTableInput(form));
    } catch (error) {
      return describeError(error);
    }
    this.refresh();
    this.selected = form.name.trim();
    return undefined;
  }

  async delete(name: string): Promise<string | undefined> {
    try {
      await this.engine.dynamodb.deleteTable({ TableName: name });
    } catch (error) {
      return describeError(error);
    }
    this.notify('info', t('tables.deleted', name));
    this.refresh();
    return undefined;
  }

  /** UpdateTable's StreamSpecification: a view type turns the stream on, undefined turns it off. */
  async setStream(name: string, viewType: StreamViewType | undefined): Promise<string | undefined> {
    try {
      await this.engine.dynamodb.updateTable({
        TableName: name,
        StreamSpecification: viewType ? { StreamEnabled: true, StreamViewType: viewType } : { StreamEnabled: false },
      });
    } catch (error) {
      return describeError(error);
    }
    this.refresh();
    return undefined;
  }

  items(name: string): TableItemsView {
    let view = this.#views.get(name);
    if (!view) this.#views.set(name, (view = new TableItemsView(this.engine, name)));
    return view;
  }
}
