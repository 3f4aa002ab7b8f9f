import { describe, expect, it } from 'vitest';
import { handlerInsertions } from './handler-types';
import { applyInsertions } from './text-patch';

/** The handler file as the language service sees it. */
const typed = (file: string, source: string, exportName = 'handler', ...eventType: [string | undefined] | []) =>
  applyInsertions(source, handlerInsertions(file, source, exportName, eventType.length ? eventType[0] : 'S3Event')).text;

const S3 = "import('aws-lambda').S3Event";
const CONTEXT = "import('aws-lambda').Context";

describe('types for an untyped handler', () => {
  it('annotates the event and context of an exported arrow function in TypeScript', () => {
    expect(typed('index.ts', 'export const handler = async (event, context) => {};')).toBe(`export const handler = async (event: ${S3}, context: ${CONTEXT}) => {};`);
  });

  it('annotates an exported function declaration, and the callback', () => {
    expect(typed('index.ts', 'export async function handler(event, context, callback) {}')).toBe(
      `export async function handler(event: ${S3}, context: ${CONTEXT}, callback: import('aws-lambda').Callback) {}`,
    );
  });

  it('wraps a bare arrow parameter in parentheses', () => {
    expect(typed('index.ts', 'export const handler = event => event;')).toBe(`export const handler = (event: ${S3}) => event;`);
  });

  it('uses JSDoc in JavaScript, where annotations are not allowed', () => {
    expect(typed('index.mjs', 'export const handler = async (event) => event;')).toBe(`export const handler = async (/** @type {${S3}} */ event) => event;`);
  });

  it('finds CommonJS handlers: exports.x, module.exports.x and module.exports = { x }', () => {
    expect(typed('index.js', 'exports.handler = async (event) => event;')).toContain(`/** @type {${S3}} */ event`);
    expect(typed('index.js', 'module.exports.handler = function (event) {};')).toContain(`/** @type {${S3}} */ event`);
    expect(typed('index.js', 'async function run(event) {}\nmodule.exports = { handler: run };')).toContain(`run(/** @type {${S3}} */ event)`);
    expect(typed('index.js', 'module.exports = { async handler(event) {} };')).toContain(`handler(/** @type {${S3}} */ event)`);
  });

  it('follows export { local as name } to the local function', () => {
    expect(typed('app.ts', 'const run = async (event) => 1;\nexport { run as lambdaHandler };', 'lambdaHandler')).toBe(`const run = async (event: ${S3}) => 1;\nexport { run as lambdaHandler };`);
  });

  it('leaves typed parameters and typed declarations alone', () => {
    const mine = 'export const handler = async (event: MyEvent, context) => {};';
    expect(typed('index.ts', mine)).toBe(`export const handler = async (event: MyEvent, context: ${CONTEXT}) => {};`);
    const declared = "import type { SQSHandler } from 'aws-lambda';\nexport const handler: SQSHandler = async (event) => {};";
    expect(typed('index.ts', declared)).toBe(declared);
    const jsdoc = "/** @param {import('aws-lambda').SNSEvent} event */\nexport async function handler(event) {}";
    expect(typed('index.mjs', jsdoc)).toBe(jsdoc);
  });

  it('types only the context when the event type is not known, or not a plain type name', () => {
    expect(typed('index.ts', 'export const handler = async (event, context) => {};', 'handler', undefined)).toBe(`export const handler = async (event, context: ${CONTEXT}) => {};`);
    expect(typed('index.ts', 'export const handler = async (event) => {};', 'handler', 'S3Event; alert(1)')).toBe('export const handler = async (event) => {};');
  });

  it('accepts a union and a generic aws-lambda type', () => {
    expect(typed('index.ts', 'export const handler = async (event) => {};', 'handler', 'SQSEvent | SNSEvent')).toContain("event: import('aws-lambda').SQSEvent | import('aws-lambda').SNSEvent");
    expect(typed('index.ts', 'export const handler = async (event) => {};', 'handler', 'EventBridgeEvent<string, any>')).toContain("event: import('aws-lambda').EventBridgeEvent<string, any>");
  });

  it('changes nothing when the export is not a function of this file', () => {
    const source = 'export const other = async (event) => {};\nexport const handler = 42;';
    expect(typed('index.ts', source)).toBe(source);
    expect(typed('index.ts', source, 'missing')).toBe(source);
  });
});
