// DynamoDB's request ids, as `$metadata.requestId` and error responses carry them.

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** DynamoDB's request ids: 52 upper-case letters and digits. */
export function dynamoRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(52));
  let id = '';
  for (const byte of bytes) id += ALPHANUMERIC[byte % ALPHANUMERIC.length];
  return id;
}
