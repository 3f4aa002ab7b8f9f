// `@aws-sdk/util-dynamodb` inside the sandbox: the real library itself (pure JavaScript, no client
// code at run time), so marshall/unmarshall and their errors are the SDK's to the letter.
import { NumberValueImpl, convertToAttr, convertToNative, marshall, unmarshall } from '@aws-sdk/util-dynamodb';

export { NumberValueImpl, convertToAttr, convertToNative, marshall, unmarshall };

/** The package's exports, as the real one has them (`NumberValue` itself is lib-dynamodb's name for the class). */
export function createUtilDynamoDBModule(): Record<string, unknown> {
  return { NumberValueImpl, convertToAttr, convertToNative, marshall, unmarshall };
}
