// Turns what a Lambda function returned into the HTTP response API Gateway sends to the client.
import { fromBase64, utf8 } from './request';

/** Which API Gateway is answering: REST APIs read payload 1.0 results, HTTP APIs and function URLs 2.0. */
export type PayloadFormat = '1.0' | '2.0';

/** The part of a Lambda Invoke result API Gateway looks at. */
export interface InvokeResult {
  /** The function's result as JSON text. */
  Payload: string;
  FunctionError?: string;
}

/** An HTTP response; `headers` is a list because `set-cookie` may repeat. */
export interface HttpResponse {
  statusCode: number;
  headers: [string, string][];
  body: Uint8Array;
}

// The two products word the same failure differently; clients see these bodies verbatim.
const REST_ERROR_BODY = '{"message": "Internal server error"}';
const HTTP_ERROR_BODY = '{"message":"Internal Server Error"}';

/**
 * What a client gets when the function failed or its result is not a valid response: 502, as
 * the Lambda guide states for function errors and malformed responses.
 */
export function internalServerError(format: PayloadFormat): HttpResponse {
  return {
    statusCode: 502,
    headers: [['content-type', 'application/json']],
    body: utf8.encode(format === '1.0' ? REST_ERROR_BODY : HTTP_ERROR_BODY),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isStatusCode = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599;

/** A header value as API Gateway writes it: strings as-is, numbers and booleans in their JSON form. */
function headerText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * The headers of a structured result. Payload 1.0 merges `headers` and `multiValueHeaders`;
 * for a name in both, only the multi-value list is kept, as the REST API guide describes.
 * Payload 2.0 has no `multiValueHeaders`: repeated values go comma-separated in `headers`.
 */
function responseHeaders(result: Record<string, unknown>, format: PayloadFormat): [string, string][] | undefined {
  const single = result.headers ?? {};
  const multi = format === '1.0' ? (result.multiValueHeaders ?? {}) : {};
  if (!isRecord(single) || !isRecord(multi)) return undefined;
  const multiNames = new Set(Object.keys(multi).map((n) => n.toLowerCase()));
  const out: [string, string][] = [];
  for (const [name, value] of Object.entries(single)) {
    if (multiNames.has(name.toLowerCase())) continue;
    const text = headerText(value);
    if (text === undefined) return undefined;
    out.push([name, text]);
  }
  for (const [name, values] of Object.entries(multi)) {
    if (!Array.isArray(values)) return undefined;
    for (const value of values) {
      const text = headerText(value);
      if (text === undefined) return undefined;
      out.push([name, text]);
    }
  }
  return out;
}

/** The body of a structured result: absent is empty, a string is the body, base64 when flagged. */
function responseBody(result: Record<string, unknown>): Uint8Array | undefined {
  const { body, isBase64Encoded } = result;
  if (body === undefined || body === null) return new Uint8Array();
  if (typeof body !== 'string') return undefined;
  if (isBase64Encoded === true) {
    try {
      return fromBase64(body);
    } catch {
      return undefined;
    }
  }
  return utf8.encode(body);
}

/** Maps a structured `{ statusCode, headers, body, ... }` result, or undefined when it is malformed. */
function structured(result: Record<string, unknown>, format: PayloadFormat): HttpResponse | undefined {
  if (!isStatusCode(result.statusCode)) return undefined;
  const headers = responseHeaders(result, format);
  const body = responseBody(result);
  if (!headers || !body) return undefined;
  if (format === '2.0' && result.cookies !== undefined) {
    if (!Array.isArray(result.cookies) || !result.cookies.every((c) => typeof c === 'string')) return undefined;
    for (const cookie of result.cookies as string[]) headers.push(['set-cookie', cookie]);
  }
  return { statusCode: result.statusCode, headers, body };
}

/**
 * The response API Gateway derives from an invocation. Payload 1.0 requires a structured
 * result. Payload 2.0 also accepts any other JSON result ("simple response"): without a
 * `statusCode` it becomes a 200 `application/json` response whose body is the result, a
 * string result being sent as its text and anything else as its JSON.
 */
export function mapResponse(format: PayloadFormat, invocation: InvokeResult): HttpResponse {
  if (invocation.FunctionError) return internalServerError(format);
  let result: unknown;
  try {
    result = JSON.parse(invocation.Payload);
  } catch {
    return internalServerError(format);
  }
  if (format === '2.0' && !(isRecord(result) && 'statusCode' in result)) {
    const body = typeof result === 'string' ? result : invocation.Payload;
    return { statusCode: 200, headers: [['content-type', 'application/json']], body: utf8.encode(body) };
  }
  return (isRecord(result) && structured(result, format)) || internalServerError(format);
}
