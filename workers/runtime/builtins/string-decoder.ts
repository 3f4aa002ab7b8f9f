// `string_decoder`: decodes byte chunks to text without splitting a multi-byte character across chunks.
import { StringDecoder } from 'string_decoder/lib/string_decoder.js';

export function createStringDecoder() {
  return { StringDecoder };
}
