// `window.playground.dynamodb`: the simulated DynamoDB with the low-level SDK's input and output
// shapes (attribute values such as `{ S: 'x' }`, binary as Uint8Array), as DynamoDBClient sends them.
import type { Engine } from '../engine/engine';

export function createDynamoDbScripting(dynamodb: Engine['dynamodb']) {
  return {
    createTable: dynamodb.createTable,
    describeTable: dynamodb.describeTable,
    listTables: dynamodb.listTables,
    updateTable: dynamodb.updateTable,
    deleteTable: dynamodb.deleteTable,
    putItem: dynamodb.putItem,
    getItem: dynamodb.getItem,
    updateItem: dynamodb.updateItem,
    deleteItem: dynamodb.deleteItem,
    query: dynamodb.query,
    scan: dynamodb.scan,
    batchWriteItem: dynamodb.batchWriteItem,
    batchGetItem: dynamodb.batchGetItem,
    transactWriteItems: dynamodb.transactWriteItems,
    transactGetItems: dynamodb.transactGetItems,
    /** Not an AWS API: the records a table's stream keeps, oldest first, each as a Lambda event's Records[] entry. */
    streamRecords: (tableName: string) => dynamodb.streamRecords(tableName).map((record) => record.data),
  };
}
