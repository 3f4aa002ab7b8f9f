import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { FunctionPermissions, starterPolicy, statementRow } from './function-permissions.svelte';
import { defaultSourceArn, permissionRequest } from './permission-form';
import { LOGGER, testEngine } from '../shared/state-test-engine';

let engine: Engine;
let p: FunctionPermissions;
let disconnect: () => void;
const ROLE = 'arn:aws:iam::123456789012:role/service-role/worker-role';
beforeEach(async () => {
  engine = await testEngine();
  await engine.lambda.createFunction({ FunctionName: 'worker', Role: ROLE, Code: { Files: { 'index.mjs': LOGGER } } });
  p = new FunctionPermissions(engine, 'worker', () => ROLE);
  disconnect = p.connect();
});
afterEach(() => {
  disconnect();
  engine.dispose();
});

describe('function permissions', () => {
  it('shows the execution role the console creates on first look: basic execution only', () => {
    expect(p.role?.roleName).toBe('worker-role');
    expect(p.roleArn).toBe(ROLE);
    expect(p.drafts).toHaveLength(1);
    expect(p.drafts[0]!.policyName).toMatch(/^AWSLambdaBasicExecutionRole-/);
    expect(p.drafts[0]!.text).toContain('logs:CreateLogStream');
    expect(p.drafts[0]!.dirty).toBe(false);
  });

  it('checks a policy as it is typed, locates the problem and refuses to save it', () => {
    p.addPolicy('read-photos', 'photos');
    const draft = p.drafts[1]!;
    expect(draft.text).toBe(starterPolicy('photos'));
    expect(draft.errors).toEqual([]);
    draft.text = draft.text.replace('"Allow"', '"Alow"');
    expect(draft.errors[0]).toMatchObject({ path: 'Statement[0].Effect', line: 5, severity: 'error' });
    expect(p.save(draft)).toBe(false);
    expect(draft.error).toMatch(/^Not saved: 1 problem to fix first — Statement\[0\]\.Effect: .* \(line 5, column \d+\)$/);
    expect(engine.iam.roles.get('worker-role').inlinePolicies.map((x) => x.policyName)).not.toContain('read-photos');
    draft.text = '{ "Version": "2012-10-17", "Statement": [ }';
    expect(draft.errors[0]?.message).toMatch(/^JSON syntax: /);
  });

  it('saves a valid policy with PutRolePolicy, keeps other unsaved edits, and deletes policies', () => {
    p.addPolicy('read-photos', 'photos');
    const basic = p.drafts[0]!;
    basic.text = basic.text.replace('logs:PutLogEvents', 'logs:*');
    expect(p.save(p.drafts[1]!)).toBe(true);
    expect(engine.iam.roles.getRolePolicy('worker-role', 'read-photos').PolicyDocument).toBe(starterPolicy('photos'));
    expect(p.drafts.map((d) => [d.policyName, d.dirty])).toEqual([[basic.policyName, true], ['read-photos', false]]);
    expect(p.drafts[0]!.text).toContain('logs:*');
    expect(p.addPolicy('read-photos')).toBe('The role already has a policy named read-photos.');
    p.deletePolicy(p.drafts[1]!);
    expect(p.drafts.map((d) => d.policyName)).toEqual([basic.policyName]);
  });

  it('adds and removes resource-based permissions and lists them as the console does', () => {
    expect(p.addPermission({ kind: 's3', source: 'photos', sourceArn: defaultSourceArn('s3', 'photos'), statementId: 'from-photos', qualifier: '' })).toBeUndefined();
    const otherRole = 'arn:aws:iam::123456789012:role/service-role/caller-role';
    expect(p.addPermission({ kind: 'function', source: otherRole, sourceArn: '', statementId: '', qualifier: '' })).toBeUndefined();
    expect(p.statements).toEqual([
      { sid: 'from-photos', principal: 's3.amazonaws.com', sourceArn: 'arn:aws:s3:::photos', action: 'lambda:InvokeFunction' },
      { sid: expect.stringMatching(/^function-invoke-[0-9a-f]{8}$/), principal: otherRole, sourceArn: '', action: 'lambda:InvokeFunction' },
    ]);
    expect(p.addPermission({ kind: 's3', source: 'photos', sourceArn: 'arn:aws:s3:::photos', statementId: 'from-photos', qualifier: '' })).toMatch(/^ResourceConflictException: The statement id \(from-photos\) provided already exists/);
    p.removeStatement(p.statements[0]!);
    expect(p.statements.map((s) => s.sid)).toEqual([expect.stringMatching(/^function-invoke-/)]);
  });

  it('builds AddPermission requests from the form', () => {
    expect(permissionRequest('f', { kind: 'apigateway', source: 'abc123', sourceArn: defaultSourceArn('apigateway', 'abc123'), statementId: 'api', qualifier: 'live' })).toEqual({
      FunctionName: 'f', StatementId: 'api', Action: 'lambda:InvokeFunction', Principal: 'apigateway.amazonaws.com',
      SourceArn: 'arn:aws:execute-api:us-east-1:123456789012:abc123/*', Qualifier: 'live',
    });
    expect(statementRow('f', { Sid: 's', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:f:live' })).toEqual({
      sid: 's', principal: '*', sourceArn: '', action: 'lambda:InvokeFunction', qualifier: 'live',
    });
  });

  it('reports a role ARN of another account instead of creating it', async () => {
    const other = new FunctionPermissions(engine, 'worker', () => 'arn:aws:iam::999999999999:role/x');
    other.load();
    expect(other.role).toBeUndefined();
    expect(other.roleError).toMatch(/^AccessDenied: The role arn:aws:iam::999999999999:role\/x of worker is not a role of this account\.$/);
  });
});
