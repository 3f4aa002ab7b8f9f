import { beforeEach, describe, expect, it } from 'vitest';
import { resourceNotFound } from '../errors';
import { FunctionPolicyRegistry, type AddPermissionInput } from './function-policy';

let policies: FunctionPolicyRegistry;
let changes: number;

beforeEach(() => {
  changes = 0;
  policies = new FunctionPolicyRegistry(() => changes++);
});

const fn = 'arn:aws:lambda:us-east-1:123456789012:function:thumb';
const s3Trigger: AddPermissionInput = {
  FunctionName: 'thumb',
  StatementId: 's3-trigger-photos',
  Action: 'lambda:InvokeFunction',
  Principal: 's3.amazonaws.com',
  SourceArn: 'arn:aws:s3:::photos',
  SourceAccount: '123456789012',
};

describe('addPermission', () => {
  it('returns the statement as Lambda writes it, in Lambda\'s key order', () => {
    const { Statement } = policies.addPermission(s3Trigger);
    expect(Statement).toBe(
      '{"Sid":"s3-trigger-photos","Effect":"Allow","Principal":{"Service":"s3.amazonaws.com"},"Action":"lambda:InvokeFunction","Resource":"arn:aws:lambda:us-east-1:123456789012:function:thumb","Condition":{"StringEquals":{"AWS:SourceAccount":"123456789012"},"ArnLike":{"AWS:SourceArn":"arn:aws:s3:::photos"}}}',
    );
    expect(changes).toBe(1);
  });

  it('writes accounts as root ARNs and keeps role ARNs and *', () => {
    const principal = (Principal: string, StatementId: string) => JSON.parse(policies.addPermission({ FunctionName: 'thumb', StatementId, Action: 'lambda:InvokeFunction', Principal }).Statement).Principal;
    expect(principal('123456789012', 'a')).toEqual({ AWS: 'arn:aws:iam::123456789012:root' });
    expect(principal('arn:aws:iam::123456789012:role/other-role', 'b')).toEqual({ AWS: 'arn:aws:iam::123456789012:role/other-role' });
    expect(principal('apigateway.amazonaws.com', 'c')).toEqual({ Service: 'apigateway.amazonaws.com' });
    expect(principal('*', 'd')).toBe('*');
  });

  it('adds the FunctionUrlAuthType condition of a function URL permission', () => {
    const statement = JSON.parse(policies.addPermission({ FunctionName: 'thumb', StatementId: 'FunctionURLAllowPublicAccess', Action: 'lambda:InvokeFunctionUrl', Principal: '*', FunctionUrlAuthType: 'NONE' }).Statement);
    expect(statement.Condition).toEqual({ StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } });
  });

  it('refuses a statement id already in the policy, as ResourceConflictException', () => {
    policies.addPermission(s3Trigger);
    expect(() => policies.addPermission(s3Trigger)).toThrow(
      expect.objectContaining({
        code: 'ResourceConflictException',
        statusCode: 409,
        message: 'The statement id (s3-trigger-photos) provided already exists. Please provide a new statement id, or remove the existing statement.',
      }),
    );
  });

  it('keeps each qualifier\'s policy apart, so the same id may be used on an alias', () => {
    policies.addPermission(s3Trigger);
    const { Statement } = policies.addPermission({ ...s3Trigger, Qualifier: 'prod' });
    expect(JSON.parse(Statement).Resource).toBe(`${fn}:prod`);
    expect(policies.statementsFor('thumb')).toHaveLength(1);
    expect(policies.statementsFor('thumb', 'prod')).toHaveLength(1);
  });

  it('reads the qualifier from a qualified name, and refuses one that disagrees', () => {
    expect(JSON.parse(policies.addPermission({ ...s3Trigger, FunctionName: `${fn}:prod` }).Statement).Resource).toBe(`${fn}:prod`);
    expect(() => policies.addPermission({ ...s3Trigger, FunctionName: 'thumb:prod', Qualifier: 'beta' })).toThrow(
      expect.objectContaining({ code: 'InvalidParameterValueException', message: 'The derived qualifier from the function name does not match the specified qualifier.' }),
    );
  });

  it('refuses $LATEST as Lambda does', () => {
    expect(() => policies.addPermission({ ...s3Trigger, Qualifier: '$LATEST' })).toThrow(
      expect.objectContaining({ code: 'InvalidParameterValueException', message: 'We currently do not support adding policies for $LATEST.' }),
    );
  });

  it('checks its parameters with the Lambda API\'s patterns', () => {
    expect(() => policies.addPermission({ ...s3Trigger, StatementId: 'has space', Action: 's3:GetObject' })).toThrow(
      expect.objectContaining({
        code: 'ValidationException',
        message:
          "2 validation errors detected: Value 'has space' at 'statementId' failed to satisfy constraint: Member must satisfy regular expression pattern: ([a-zA-Z0-9-_]+); Value 's3:GetObject' at 'action' failed to satisfy constraint: Member must satisfy regular expression pattern: (lambda:[*]|lambda:[a-zA-Z]+|[*])",
      }),
    );
    expect(() => policies.addPermission({ ...s3Trigger, SourceAccount: '12' })).toThrow(/at 'sourceAccount' failed to satisfy constraint: Member must satisfy regular expression pattern: \\d\{12\}/);
    expect(() => policies.addPermission({ ...s3Trigger, SourceArn: 'photos' })).toThrow(/at 'sourceArn' failed to satisfy constraint/);
  });

  it('refuses a principal that is neither a service, an account, an IAM ARN nor *', () => {
    expect(() => policies.addPermission({ ...s3Trigger, Principal: 'bob' })).toThrow(
      expect.objectContaining({ code: 'InvalidParameterValueException', message: 'The provided principal was invalid. Please check the principal and try again.' }),
    );
  });

  it('asks the Lambda service whether the function exists', () => {
    const strict = new FunctionPolicyRegistry(() => {}, {
      resolve: (name) => {
        if (name !== 'thumb') throw resourceNotFound(`Function not found: arn:aws:lambda:us-east-1:123456789012:function:${name}`);
      },
    });
    expect(() => strict.addPermission({ ...s3Trigger, FunctionName: 'nope' })).toThrow(expect.objectContaining({ code: 'ResourceNotFoundException', statusCode: 404 }));
  });

  it('refuses a policy over 20 KB with PolicyLengthExceededException', () => {
    const long = `arn:aws:s3:::${'b'.repeat(60)}`;
    expect(() => {
      for (let i = 0; i < 200; i++) policies.addPermission({ ...s3Trigger, StatementId: `s${i}`, SourceArn: `${long}${i}` });
    }).toThrow(expect.objectContaining({ code: 'PolicyLengthExceededException', message: expect.stringMatching(/^The final policy size \(\d+\) is bigger than the limit \(20480\)\.$/) }));
  });

  it('checks a RevisionId against the policy\'s', () => {
    policies.addPermission(s3Trigger);
    const { RevisionId } = policies.getPolicy({ FunctionName: 'thumb' });
    expect(() => policies.addPermission({ ...s3Trigger, StatementId: 'x', RevisionId: 'stale' })).toThrow(expect.objectContaining({ code: 'PreconditionFailedException', statusCode: 412 }));
    policies.addPermission({ ...s3Trigger, StatementId: 'x', RevisionId });
    expect(policies.getPolicy({ FunctionName: 'thumb' }).RevisionId).not.toBe(RevisionId);
  });
});

describe('getPolicy', () => {
  it('returns the policy as JSON text with Lambda\'s Version and Id', () => {
    const { Statement } = policies.addPermission(s3Trigger);
    const { Policy, RevisionId } = policies.getPolicy({ FunctionName: fn });
    expect(JSON.parse(Policy)).toEqual({ Version: '2012-10-17', Id: 'default', Statement: [JSON.parse(Statement)] });
    expect(Policy.startsWith('{"Version":"2012-10-17","Id":"default","Statement":[{"Sid":"s3-trigger-photos"')).toBe(true);
    expect(RevisionId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers ResourceNotFoundException when there is no policy', () => {
    expect(() => policies.getPolicy({ FunctionName: 'thumb' })).toThrow(expect.objectContaining({ code: 'ResourceNotFoundException', statusCode: 404, message: 'No policy is associated with the given resource.' }));
    policies.addPermission({ ...s3Trigger, Qualifier: 'prod' });
    expect(() => policies.getPolicy({ FunctionName: 'thumb' })).toThrow('No policy is associated with the given resource.');
    expect(policies.getPolicy({ FunctionName: 'thumb', Qualifier: 'prod' }).Policy).toContain(`${fn}:prod`);
  });
});

describe('removePermission', () => {
  it('removes one statement and, with the last, the policy', () => {
    policies.addPermission(s3Trigger);
    policies.addPermission({ ...s3Trigger, StatementId: 'second' });
    policies.removePermission({ FunctionName: 'thumb', StatementId: 's3-trigger-photos' });
    expect(policies.statementsFor('thumb').map((s) => s.Sid)).toEqual(['second']);
    policies.removePermission({ FunctionName: 'thumb', StatementId: 'second' });
    expect(policies.list()).toEqual([]);
  });

  it('answers ResourceNotFoundException for a missing policy or statement', () => {
    expect(() => policies.removePermission({ FunctionName: 'thumb', StatementId: 'x' })).toThrow(expect.objectContaining({ code: 'ResourceNotFoundException', message: 'No policy is associated with the given resource.' }));
    policies.addPermission(s3Trigger);
    expect(() => policies.removePermission({ FunctionName: 'thumb', StatementId: 'x' })).toThrow(expect.objectContaining({ code: 'ResourceNotFoundException', statusCode: 404, message: 'Statement x is not found in resource policy.' }));
    expect(() => policies.removePermission({ FunctionName: 'thumb', StatementId: 's3-trigger-photos', Qualifier: 'prod' })).toThrow('No policy is associated with the given resource.');
  });
});

describe('saving and restoring', () => {
  it('lists plain definitions and imports them back', () => {
    policies.addPermission(s3Trigger);
    policies.addPermission({ ...s3Trigger, Qualifier: 'prod' });
    const saved = structuredClone(policies.list());
    const restored = new FunctionPolicyRegistry(() => {});
    restored.import(saved[0]!);
    expect(restored.list()).toEqual(saved);
    expect(restored.policyFor('thumb', 'prod')?.statements[0]?.principal).toEqual({ service: ['s3.amazonaws.com'] });
  });

  it('refuses statements about another function or that do not parse', () => {
    const statement = JSON.parse(policies.addPermission(s3Trigger).Statement);
    expect(() => new FunctionPolicyRegistry(() => {}).import({ functionName: 'thumbs', statements: [statement] })).toThrow(/about another resource/);
    expect(() => new FunctionPolicyRegistry(() => {}).import({ functionName: 'thumb', statements: [{ ...statement, Action: 'GetObject' }] })).toThrow(
      expect.objectContaining({ code: 'MalformedPolicyDocument' }),
    );
  });

  it('forgets a deleted function\'s or alias\'s statements', () => {
    policies.addPermission(s3Trigger);
    policies.addPermission({ ...s3Trigger, Qualifier: 'prod' });
    policies.forget('thumb', 'prod');
    expect(policies.statementsFor('thumb', 'prod')).toEqual([]);
    expect(policies.statementsFor('thumb')).toHaveLength(1);
    policies.forget('thumb');
    expect(policies.list()).toEqual([]);
  });
});
