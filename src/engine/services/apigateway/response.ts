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
 * The headers of a structured result, or why they cannot be sent. Payload 1.0 merges `headers`
 * and `multiValueHeaders`; for a name in both, only the multi-value list is kept, as the REST API
 * guide describes. Payload 2.0 has no `multiValueHeaders`: repeated values go comma-separated.
 */
function responseHeaders(result: Record<string, unknown>, format: PayloadFormat): [string, string][] | string {
  const single = result.headers ?? {};
  const multi = format === '1.0' ? (result.multiValueHeaders ?? {}) : {};
  if (!isRecord(single)) return '`headers` must be an object of strings';
  if (!isRecord(multi)) return '`multiValueHeaders` must be an object of string arrays';
  const multiNames = new Set(Object.keys(multi).map((n) => n.toLowerCase()));
  const out: [string, string][] = [];
  for (const [name, value] of Object.entries(single)) {
    if (multiNames.has(name.toLowerCase())) continue;
    const text = headerText(value);
    if (text === undefined) return `header \`${name}\` must be a string, number or boolean`;
    out.push([name, text]);
  }
  for (const [name, values] of Object.entries(multi)) {
    if (!Array.isArray(values)) return `\`multiValueHeaders.${name}\` must be an array`;
    for (const value of values) {
      const text = headerText(value);
      if (text === undefined) return `\`multiValueHeaders.${name}\` must hold strings, numbers or booleans`;
      out.push([name, text]);
    }
  }
  return out;
}

/** The body of a structured result (absent is empty, base64 decoded when flagged), or why not. */
function responseBody(result: Record<string, unknown>, decodeBase64: boolean): Uint8Array | string {
  const { body, isBase64Encoded } = result;
  if (body === undefined || body === null) return new Uint8Array();
  if (typeof body !== 'string') return `\`body\` must be a string, not ${Array.isArray(body) ? 'an array' : typeof body} (use JSON.stringify)`;
  if (isBase64Encoded === true && decodeBase64) {
    try {
      return fromBase64(body);
    } catch {
      return '`body` is flagged isBase64Encoded but is not valid base64';
    }
  }
  return utf8.encode(body);
}

/** Maps a structured `{ statusCode, headers, body, ... }` result, or says why it is malformed. */
function structured(result: Record<string, unknown>, format: PayloadFormat, options: MapOptions): HttpResponse | string {
  if (!isStatusCode(result.statusCode)) {
    return result.statusCode === undefined ? '`statusCode` is missing' : '`statusCode` must be an integer from 100 to 599';
  }
  const headers = responseHeaders(result, format);
  if (typeof headers === 'string') return headers;
  const contentType = headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1];
  const body = responseBody(result, options.decodeBase64?.(contentType) ?? true);
  if (typeof body === 'string') return body;
  if (format === '2.0' && result.cookies !== undefined) {
    if (!Array.isArray(result.cookies) || !result.cookies.every((c) => typeof c === 'string')) return '`cookies` must be an array of strings';
    for (const cookie of result.cookies as string[]) headers.push(['set-cookie', cookie]);
  }
  return { statusCode: result.statusCode, headers, body };
}

/** How a particular API treats a result beyond the payload format. */
export interface MapOptions {
  /**
   * REST APIs turn a base64 body back into bytes only for binary media types; given the
   * response's content type, says whether to decode. Absent: always decode (HTTP APIs).
   */
  decodeBase64?: (contentType: string | undefined) => boolean;
}

/** The mapped response and, when it is API Gateway's own 502, what was wrong with the result. */
export interface MappedResponse {
  response: HttpResponse;
  problem?: string;
}

/**
 * The response API Gateway derives from an invocation. Payload 1.0 requires a structured
 * result. Payload 2.0 also accepts any other JSON result ("simple response"): without a
 * `statusCode` it becomes a 200 `application/json` response whose body is the result, a
 * string result being sent as its text and anything else as its JSON.
 */
export function mapResponseExplained(format: PayloadFormat, invocation: InvokeResult, options: MapOptions = {}): MappedResponse {
  if (invocation.FunctionError) return { response: internalServerError(format), problem: 'the function returned an error' };
  let result: unknown;
  try {
    result = JSON.parse(invocation.Payload);
  } catch {
    return { response: internalServerError(format), problem: 'the function result is not JSON' };
  }
  if (format === '2.0' && !(isRecord(result) && 'statusCode' in result)) {
    const body = typeof result === 'string' ? result : invocation.Payload;
    return { response: { statusCode: 200, headers: [['content-type', 'application/json']], body: utf8.encode(body) } };
  }
  if (!isRecord(result)) return { response: internalServerError(format), problem: 'payload format 1.0 needs an object with `statusCode`' };
  const mapped = structured(result, format, options);
  return typeof mapped === 'string' ? { response: internalServerError(format), problem: mapped } : { response: mapped };
}

/** As `mapResponseExplained`, for callers that need only the response. */
export function mapResponse(format: PayloadFormat, invocation: InvokeResult, options: MapOptions = {}): HttpResponse {
  return mapResponseExplained(format, invocation, options).response;
}
