import { describe, expect, it } from 'vitest';
import { ServiceError } from '../errors';
import { parseFunctionName, validateConfiguration, validateFiles } from './validation';

function failure(fn: () => void): ServiceError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected a ServiceError');
}

describe('function names', () => {
  it('accepts names and function ARNs', () => {
    expect(parseFunctionName('my-fn_1')).toEqual({ name: 'my-fn_1' });
    expect(parseFunctionName('arn:aws:lambda:us-east-1:123456789012:function:my-fn:$LATEST')).toEqual({ name: 'my-fn', qualifier: '$LATEST' });
    expect(parseFunctionName('123456789012:function:my-fn')).toEqual({ name: 'my-fn' });
    expect(parseFunctionName('my-fn:live')).toEqual({ name: 'my-fn', qualifier: 'live' });
  });

  it('refuses bad characters and long names with ValidationException', () => {
    const bad = failure(() => parseFunctionName('my fn'));
    expect(bad.code).toBe('ValidationException');
    expect(bad.message).toBe(
      "1 validation error detected: Value 'my fn' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9-_]+",
    );
    expect(failure(() => parseFunctionName('x'.repeat(65))).message).toMatch(/Member must have length less than or equal to 64/);
  });
});

describe('configuration', () => {
  it('enforces memory 128–10240 MB and timeout 1–900 s', () => {
    expect(failure(() => validateConfiguration({ MemorySize: 64 })).message).toBe(
      "1 validation error detected: Value '64' at 'memorySize' failed to satisfy constraint: Member must have value greater than or equal to 128",
    );
    expect(failure(() => validateConfiguration({ MemorySize: 10241, Timeout: 901 })).message).toMatch(
      /^2 validation errors detected: .*memorySize.*less than or equal to 10240; .*timeout.*less than or equal to 900$/,
    );
    expect(failure(() => validateConfiguration({ Timeout: 0 })).statusCode).toBe(400);
    expect(() => validateConfiguration({ MemorySize: 128, Timeout: 900 })).not.toThrow();
    expect(() => validateConfiguration({ MemorySize: 10240, Timeout: 1 })).not.toThrow();
  });

  it('checks runtimes: unknown is a ValidationException, retired an InvalidParameterValueException', () => {
    expect(failure(() => validateConfiguration({ Runtime: 'python3.12' })).code).toBe('ValidationException');
    const retired = failure(() => validateConfiguration({ Runtime: 'nodejs14.x' }));
    expect(retired.code).toBe('InvalidParameterValueException');
    expect(retired.message).toMatch(/nodejs14.x is no longer supported/);
    // Deprecated runtimes still in the table are judged by date (runtimes.ts), not refused here.
    expect(() => validateConfiguration({ Runtime: 'nodejs16.x' })).not.toThrow();
  });

  it('refuses reserved environment variables and bad keys', () => {
    const reserved = failure(() => validateConfiguration({ Environment: { Variables: { AWS_REGION: 'eu-west-1', OK: '1' } } }));
    expect(reserved.code).toBe('InvalidParameterValueException');
    expect(reserved.message).toMatch(/Reserved keys used in this request: AWS_REGION$/);
    expect(failure(() => validateConfiguration({ Environment: { Variables: { '1BAD': 'x' } } })).code).toBe('ValidationException');
    expect(failure(() => validateConfiguration({ Environment: { Variables: { BIG: 'x'.repeat(5000) } } })).message).toMatch(/exceeded the 4KB limit/);
  });

  it('checks the handler pattern', () => {
    expect(failure(() => validateConfiguration({ Handler: 'index handler' })).message).toMatch(/at 'handler'.*\[\^\\s\]\+/);
  });
});

describe('files', () => {
  it('needs at least one file with a safe relative path', () => {
    expect(failure(() => validateFiles({})).message).toBe('Uploaded file must be a non-empty zip');
    expect(failure(() => validateFiles({ '../x.js': '' })).code).toBe('InvalidParameterValueException');
    expect(failure(() => validateFiles({ '/abs.js': '' })).code).toBe('InvalidParameterValueException');
    expect(() => validateFiles({ 'src/app.ts': '' })).not.toThrow();
  });
});
