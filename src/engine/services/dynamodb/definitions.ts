// What a DynamoDB table is in a project: plain, serialisable definitions (the project document's
// `tables`). Items are runtime data kept apart, except seed items, which travel with the project.
import { ACCOUNT_ID, REGION } from '../../ids';

/** A key attribute's scalar type. */
export type KeyType = 'S' | 'N' | 'B';

/** One attribute of a key schema. */
export interface KeyAttribute {
  name: string;
  type: KeyType;
}

/** A table's (or index's) primary key: a partition key and an optional sort key. */
export interface KeySchema {
  partitionKey: KeyAttribute;
  sortKey?: KeyAttribute;
}

/** What a stream record carries, as StreamSpecification.StreamViewType names it. */
export type StreamViewType = 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES' | 'KEYS_ONLY';

export const STREAM_VIEW_TYPES: readonly StreamViewType[] = ['NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES', 'KEYS_ONLY'];

/** A global secondary index: its own key schema over the table's items, projecting all attributes or some. */
export interface IndexDef extends KeySchema {
  name: string;
  projection: { type: 'ALL' | 'KEYS_ONLY' | 'INCLUDE'; nonKeyAttributes?: string[] };
}

/** One table of the project. */
export interface TableDef extends KeySchema {
  name: string;
  /** On-demand or provisioned; capacity is recorded but nothing is throttled. */
  billingMode: 'PAY_PER_REQUEST' | 'PROVISIONED';
  /** Read and write capacity units of a PROVISIONED table. */
  provisionedThroughput?: { read: number; write: number };
  /** Present while the table has a stream. */
  stream?: { viewType: StreamViewType; /** The stream's label (an ISO time), part of its ARN. */ label: string };
  globalSecondaryIndexes?: IndexDef[];
  /** Epoch milliseconds. */
  creationDate: number;
  /**
   * Items the table starts with the first time it is created in a browser, in DynamoDB JSON
   * (`{ "id": { "S": "1" } }`, binary as base64), so a shared link carries sample data.
   */
  seedItems?: Record<string, unknown>[];
}

export const tableArn = (name: string) => `arn:aws:dynamodb:${REGION}:${ACCOUNT_ID}:table/${name}`;
export const streamArn = (name: string, label: string) => `${tableArn(name)}/stream/${label}`;
export const indexArn = (table: string, index: string) => `${tableArn(table)}/index/${index}`;
