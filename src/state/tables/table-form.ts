// The Create table form as CreateTable input: a partition key, an optional sort key, on-demand
// capacity and, if asked for, a stream with its view type.
import type { KeyType, StreamViewType } from '../../engine/services/dynamodb/definitions';

export interface TableForm {
  name: string;
  partitionKey: string;
  partitionType: KeyType;
  sortKey: string;
  sortType: KeyType;
  /** '' for no stream. */
  streamViewType: StreamViewType | '';
}

export const emptyTableForm = (): TableForm => ({ name: '', partitionKey: 'id', partitionType: 'S', sortKey: '', sortType: 'S', streamViewType: '' });

export function createTableInput(form: TableForm): Record<string, unknown> {
  const sortKey = form.sortKey.trim();
  const definitions = [{ AttributeName: form.partitionKey.trim(), AttributeType: form.partitionType }];
  const schema = [{ AttributeName: form.partitionKey.trim(), KeyType: 'HASH' }];
  if (sortKey) {
    definitions.push({ AttributeName: sortKey, AttributeType: form.sortType });
    schema.push({ AttributeName: sortKey, KeyType: 'RANGE' });
  }
  return {
    TableName: form.name.trim(),
    AttributeDefinitions: definitions,
    KeySchema: schema,
    BillingMode: 'PAY_PER_REQUEST',
    ...(form.streamViewType ? { StreamSpecification: { StreamEnabled: true, StreamViewType: form.streamViewType } } : {}),
  };
}
