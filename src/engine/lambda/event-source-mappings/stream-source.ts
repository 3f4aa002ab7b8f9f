// The port a poll-based stream source implements (DynamoDB streams now, Kinesis-like sources later):
// ordered records per shard, kept for the stream's retention period, read by sequence number.

/** One record in a shard, with what the poller needs; `data` is the record exactly as the Lambda event's Records[] entry carries it. */
export interface ShardRecord {
  /** Increases along the shard (DynamoDB's are decimal digit strings). */
  sequenceNumber: string;
  /** Epoch ms the record was written (ApproximateCreationDateTime). */
  arrivalTime: number;
  sizeBytes: number;
  data: Record<string, unknown>;
  /** The X-Ray header of the write that made the record, when it was traced (not part of the event). */
  trace?: string;
}

export interface ShardInfo {
  shardId: string;
}

/** A stream a mapping reads: ordered records per shard, kept for a retention period (24 h for DynamoDB). */
export interface StreamSource {
  /** The stream's ARN (e.g. arn:aws:dynamodb:us-east-1:123456789012:table/photos/stream/2026-11-21T12:00:00.000). */
  readonly arn: string;
  shards(): ShardInfo[];
  /**
   * Records of a shard in order: those after `after` (a sequence number), or from the oldest kept
   * ('TRIM_HORIZON') or only new ones ('LATEST' = the current end); at most `limit`. When `after`
   * itself has been trimmed, the records still kept that follow it (the rest are lost, as on AWS).
   */
  read(shardId: string, from: { after: string } | { position: 'TRIM_HORIZON' | 'LATEST' }, limit: number): ShardRecord[];
  /** The sequence number at the current end of the shard (for LATEST), or undefined when empty. */
  latest(shardId: string): string | undefined;
  /** Calls `listener` whenever records are appended; returns an unsubscribe. */
  onAppend(listener: () => void): () => void;
}
