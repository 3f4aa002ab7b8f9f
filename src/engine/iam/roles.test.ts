import { beforeEach, describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { assumedRoleArn, basicExecutionPolicy, defaultRoleName, roleArn, RoleRegistry, rolePrincipalId, type RoleDef } from './roles';

let roles: RoleRegistry;
let changes: number;

beforeEach(() => {
  changes = 0;
  roles = new RoleRegistry(() => changes++, () => 1_700_000_000_000);
});

const s3Read = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::photos/*' }] });

describe('names and ARNs', () => {
  it('names a new function\'s role as the Lambda console does', () => {
    expect(defaultRoleName('thumbnail')).toMatch(/^thumbnail-role-[a-z0-9]{8}$/);
    expect(defaultRoleName('f'.repeat(64))).toHaveLength(64);
  });

  it('writes role and session ARNs, the session without the role\'s path', () => {
    expect(roleArn({ roleName: 'r', path: '/service-role/' })).toBe('arn:aws:iam::123456789012:role/service-role/r');
    expect(roleArn({ roleName: 'r', path: '/' })).toBe('arn:aws:iam::123456789012:role/r');
    expect(assumedRoleArn('r', 'thumbnail')).toBe('arn:aws:sts::123456789012:assumed-role/r/thumbnail');
    expect(rolePrincipalId({ roleId: 'AROAEXAMPLEEXAMPLE12' }, 'thumbnail')).toBe('AROAEXAMPLEEXAMPLE12:thumbnail');
  });
});

describe('the basic execution policy', () => {
  it('lets the function write its own logs, and nothing else', () => {
    const role = roles.createForFunction('thumbnail');
    const policies = roles.policiesOf(role.roleName);
    const check = (action: string, resource: string) => evaluate({ policies, action, resource }).decision;
    expect(check('logs:CreateLogGroup', 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/thumbnail')).toBe('allow');
    expect(check('logs:PutLogEvents', 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/thumbnail:log-stream:2026/11/21/[$LATEST]abc')).toBe('allow');
    expect(check('logs:PutLogEvents', 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/other:log-stream:x')).toBe('implicit-deny');
    expect(check('s3:GetObject', 'arn:aws:s3:::photos/a')).toBe('implicit-deny');
  });

  it('is named and shaped as the console\'s', () => {
    const policy = basicExecutionPolicy('thumbnail');
    expect(policy.policyName).toMatch(/^AWSLambdaBasicExecutionRole-[0-9a-f-]{36}$/);
    expect(JSON.parse(policy.document).Statement[1].Action).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
  });
});

describe('RoleRegistry', () => {
  it('creates a function\'s role under /service-role/ with an IAM role id', () => {
    const role = roles.createForFunction('thumbnail');
    expect(role).toMatchObject({ path: '/service-role/', createDate: 1_700_000_000_000, roleId: expect.stringMatching(/^AROA[A-Z0-9]{17}$/) });
    expect(role.inlinePolicies).toHaveLength(1);
    expect(roles.findByArn(roleArn(role))).toBe(role);
    expect(changes).toBe(1);
  });

  it('refuses a second role of the same name, in any case', () => {
    roles.create({ roleName: 'Worker' });
    expect(() => roles.create({ roleName: 'worker' })).toThrow(expect.objectContaining({ code: 'EntityAlreadyExists', statusCode: 409, message: 'Role with name worker already exists.' }));
  });

  it('checks names and paths with IAM\'s ValidationError', () => {
    expect(() => roles.create({ roleName: 'bad name' })).toThrow(
      expect.objectContaining({ code: 'ValidationError', message: "1 validation error detected: Value 'bad name' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+" }),
    );
    expect(() => roles.create({ roleName: 'x'.repeat(65) })).toThrow(/Member must have length less than or equal to 64/);
    expect(() => roles.create({ roleName: 'r', path: 'service-role' })).toThrow(expect.objectContaining({ code: 'ValidationError' }));
  });

  it('puts, reads, lists and deletes inline policies', () => {
    const role = roles.create({ roleName: 'r' });
    roles.putRolePolicy('r', 'read', s3Read);
    expect(roles.getRolePolicy('r', 'read')).toEqual({ RoleName: 'r', PolicyName: 'read', PolicyDocument: s3Read });
    expect(roles.listRolePolicies('r')).toEqual(['read']);
    expect(evaluate({ policies: roles.policiesOf('r'), action: 's3:GetObject', resource: 'arn:aws:s3:::photos/a' })).toMatchObject({ decision: 'allow', matchedStatement: { policyName: 'read' } });
    roles.putRolePolicy('r', 'read', s3Read.replace('photos', 'docs'));
    expect(roles.listRolePolicies('r')).toEqual(['read']);
    expect(evaluate({ policies: roles.policiesOf('r'), action: 's3:GetObject', resource: 'arn:aws:s3:::photos/a' }).decision).toBe('implicit-deny');
    roles.deleteRolePolicy('r', 'read');
    expect(roles.listRolePolicies('r')).toEqual([]);
    expect(role.inlinePolicies).toEqual([]);
  });

  it('answers NoSuchEntity for a missing role or policy', () => {
    expect(() => roles.get('nope')).toThrow(expect.objectContaining({ code: 'NoSuchEntity', statusCode: 404, message: 'The role with name nope cannot be found.' }));
    roles.create({ roleName: 'r' });
    expect(() => roles.getRolePolicy('r', 'p')).toThrow('The role policy with name p cannot be found.');
    expect(() => roles.deleteRolePolicy('r', 'p')).toThrow(expect.objectContaining({ code: 'NoSuchEntity' }));
  });

  it('refuses a malformed policy and keeps the role as it was', () => {
    roles.create({ roleName: 'r', inlinePolicies: [{ policyName: 'read', document: s3Read }] });
    const before = roles.get('r');
    expect(() => roles.putRolePolicy('r', 'bad', '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:*"}}')).toThrow(
      expect.objectContaining({ code: 'MalformedPolicyDocument', statusCode: 400, message: 'Policy statement must contain resources.' }),
    );
    expect(roles.get('r')).toBe(before);
    expect(() => roles.setRolePolicies('r', [{ policyName: 'read', document: s3Read }, { policyName: 'bad', document: '{' }])).toThrow(
      expect.objectContaining({ code: 'MalformedPolicyDocument', message: 'Syntax errors in policy.' }),
    );
    expect(roles.listRolePolicies('r')).toEqual(['read']);
  });

  it('limits a role\'s inline policies to 10,240 characters together, not counting whitespace', () => {
    roles.create({ roleName: 'r' });
    const big = (n: number) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: Array.from({ length: n }, (_, i) => `s3:Get${'x'.repeat(20)}${i}`), Resource: '*' }] }, null, 8);
    roles.putRolePolicy('r', 'a', big(150));
    expect(() => roles.putRolePolicy('r', 'b', big(300))).toThrow(expect.objectContaining({ code: 'LimitExceeded', statusCode: 409, message: 'Maximum policy size of 10240 bytes exceeded for role r' }));
  });

  it('deletes a role only without policies, unless asked to take them too', () => {
    roles.createForFunction('f');
    const [role] = roles.list();
    expect(() => roles.delete(role!.roleName)).toThrow(expect.objectContaining({ code: 'DeleteConflict', message: 'Cannot delete entity, must delete policies first.' }));
    roles.delete(role!.roleName, { withPolicies: true });
    expect(roles.list()).toEqual([]);
  });

  it('imports a saved role, keeping its id and date, and checking its policies', () => {
    const def: RoleDef = { roleName: 'r', path: '/service-role/', roleId: 'AROAABCDEFGHIJKLMNOPQ', createDate: 5, inlinePolicies: [{ policyName: 'read', document: s3Read }] };
    expect(roles.import(structuredClone(def))).toEqual(def);
    expect(roles.policiesOf('r')[0]!.name).toBe('read');
    expect(() => roles.import({ ...def, roleName: 'q', inlinePolicies: [{ policyName: 'x', document: '{"Statement": []}' }] })).toThrow(expect.objectContaining({ code: 'MalformedPolicyDocument' }));
    expect(roles.find('q')).toBeUndefined();
    expect(roles.import({ ...def, roleName: 'z', roleId: 'bad' } as RoleDef).roleId).toMatch(/^AROA[A-Z0-9]{17}$/);
  });
});
