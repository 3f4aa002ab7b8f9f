import { describe, expect, it } from 'vitest';
import { checkPolicyText, checkPolicyValue, parsePolicy } from './policy';
import { formatProblem } from './policy-problems';

const ok = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::photos/*' };
const doc = (...statements: object[]) => ({ Version: '2012-10-17', Statement: statements });

/** The errors of a document given as pretty-printed text: `path: message` and IAM's message. */
function errors(value: unknown, kind: 'identity' | 'resource' = 'identity') {
  const check = checkPolicyText(typeof value === 'string' ? value : JSON.stringify(value, null, 2), kind);
  return check.problems.filter((p) => p.severity === 'error').map((p) => ({ at: `${p.path}: ${p.message}`, aws: p.awsMessage }));
}

const one = (value: unknown, kind: 'identity' | 'resource' = 'identity') => {
  const found = errors(value, kind);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('a valid policy', () => {
  it('parses into lists, whatever the input used', () => {
    const policy = parsePolicy(JSON.stringify({ Version: '2012-10-17', Id: 'p1', Statement: { Sid: 'Read', ...ok } }));
    expect(policy).toEqual({ version: '2012-10-17', id: 'p1', statements: [{ sid: 'Read', effect: 'Allow', action: ['s3:GetObject'], resource: ['arn:aws:s3:::photos/*'] }] });
  });

  it('accepts NotAction, NotResource, conditions and the 2008 language', () => {
    const policy = parsePolicy({
      Version: '2008-10-17',
      Statement: [{ Effect: 'Deny', NotAction: ['s3:Get*', 's3:List*'], NotResource: '*', Condition: { StringLike: { 's3:prefix': ['home/*', ''] } } }],
    });
    expect(policy.version).toBe('2008-10-17');
    expect(policy.statements[0]).toEqual({ effect: 'Deny', notAction: ['s3:Get*', 's3:List*'], notResource: ['*'], condition: { StringLike: { 's3:prefix': ['home/*', ''] } } });
  });

  it('accepts a policy without Version, with a warning', () => {
    const check = checkPolicyValue({ Statement: ok });
    expect(check.policy?.version).toBe('2008-10-17');
    expect(check.problems.map(formatProblem)).toEqual([expect.stringMatching(/^Version: missing; IAM then assumes "2008-10-17"/)]);
  });
});

describe('syntax', () => {
  it('reports JSON errors with line and column, as IAM reports "Syntax errors in policy."', () => {
    const check = checkPolicyText('{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow" "Action": "s3:*" }\n  ]\n}');
    expect(check.policy).toBeUndefined();
    expect(check.problems).toEqual([
      expect.objectContaining({ path: '', awsMessage: 'Syntax errors in policy.', line: 4, column: 25, message: `JSON syntax: Expected ',' or '}' after a property value, found '"'` }),
    ]);
    expect(formatProblem(check.problems[0]!)).toBe(`(document): JSON syntax: Expected ',' or '}' after a property value, found '"' (line 4, column 25)`);
  });

  it('places every problem at its text', () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Alow", "Action": "s3:*", "Resource": "*" }\n  ]\n}';
    const [problem] = checkPolicyText(text).problems;
    expect(problem).toMatchObject({ path: 'Statement[0].Effect', line: 4, column: 17, span: { start: text.indexOf('"Alow"'), end: text.indexOf('"Alow"') + 6 } });
    expect(formatProblem(problem!)).toBe('Statement[0].Effect: must be "Allow" or "Deny" (line 4, column 17)');
  });

  it('refuses a document that is not an object', () => {
    expect(one('[]')).toEqual({ at: ': a policy must be a JSON object with "Version" and "Statement"', aws: 'Syntax errors in policy.' });
  });

  it('refuses unknown top-level elements and duplicated keys', () => {
    expect(one({ ...doc(ok), Versoin: 'x' })).toEqual({ at: 'Versoin: unknown element; a policy has Version, Id, Statement', aws: 'Syntax errors in policy.' });
    expect(one('{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Effect": "Deny", "Action": "s3:*", "Resource": "*"}}')).toEqual({
      at: 'Statement: the key "Effect" appears twice; JSON keeps only the last one',
      aws: 'Syntax errors in policy.',
    });
  });
});

describe('document elements', () => {
  it('Version must be one of the two languages', () => {
    expect(one({ Version: '2013-10-17', Statement: ok })).toEqual({ at: 'Version: must be "2012-10-17" or "2008-10-17"', aws: 'Syntax errors in policy.' });
    expect(one({ Version: 2012, Statement: ok }).at).toBe('Version: must be "2012-10-17" or "2008-10-17"');
  });

  it('Id must be a string', () => {
    expect(one({ ...doc(ok), Id: ['x'] })).toEqual({ at: 'Id: must be a string', aws: 'Syntax errors in policy.' });
  });

  it('Statement must be present, an object or a non-empty list of objects', () => {
    expect(one({ Version: '2012-10-17' })).toEqual({ at: 'Statement: missing; a policy needs at least one statement', aws: 'Syntax errors in policy.' });
    expect(one({ Version: '2012-10-17', Statement: 'x' }).at).toBe('Statement: must be a statement object or a list of them');
    expect(one(doc()).at).toBe('Statement: must contain at least one statement');
    expect(one({ Version: '2012-10-17', Statement: [ok, 'afd'] })).toEqual({ at: 'Statement[1]: must be an object with "Effect", "Action" and "Resource"', aws: 'Syntax errors in policy.' });
  });
});

describe('statement elements', () => {
  it('refuses unknown elements', () => {
    expect(one(doc({ ...ok, Actions: 's3:*' }))).toEqual({
      at: 'Statement[0].Actions: unknown element; a statement has Sid, Effect, Action, NotAction, Resource, NotResource, Condition',
      aws: 'Syntax errors in policy.',
    });
  });

  it('refuses a Principal in a role policy', () => {
    expect(one(doc({ ...ok, Principal: { Service: 's3.amazonaws.com' } }))).toEqual({
      at: "Statement[0].Principal: a role's policy must not name a principal: the role is the principal",
      aws: 'Policy document should not specify a principal.',
    });
  });

  it('Sid: a string of letters and digits, unique in the policy', () => {
    expect(one(doc({ ...ok, Sid: {} }))).toEqual({ at: 'Statement[0].Sid: must be a string', aws: 'Syntax errors in policy.' });
    expect(one(doc({ ...ok, Sid: 'read-photos' }))).toEqual({
      at: 'Statement[0].Sid: may contain only letters and digits',
      aws: 'Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*',
    });
    expect(one(doc({ ...ok, Sid: 'A' }, { ...ok, Sid: 'A' }))).toEqual({
      at: 'Statement[1].Sid: "A" is used by another statement; Sids must be unique in a policy',
      aws: 'Statement IDs (SID) in a single policy must be unique.',
    });
  });

  it('Effect: present, and "Allow" or "Deny" exactly', () => {
    const { Effect: _, ...noEffect } = ok;
    expect(one(doc(noEffect))).toEqual({ at: 'Statement[0].Effect: missing; must be "Allow" or "Deny"', aws: 'Syntax errors in policy.' });
    expect(one(doc({ ...ok, Effect: 'Permit' }))).toEqual({ at: 'Statement[0].Effect: must be "Allow" or "Deny"', aws: 'Syntax errors in policy.' });
    expect(one(doc({ ...ok, Effect: 'allow' }))).toEqual({ at: 'Statement[0].Effect: must be "Allow" or "Deny" (with that capitalisation)', aws: 'The policy failed legacy parsing' });
  });

  it('Action/NotAction: exactly one, not empty, strings', () => {
    const { Action: _, ...noAction } = ok;
    expect(one(doc(noAction))).toEqual({ at: 'Statement[0].Action: missing; a statement needs Action or NotAction', aws: 'Policy statement must contain actions.' });
    expect(one(doc({ ...ok, Action: [] }))).toEqual({ at: 'Statement[0].Action: must list at least one of the actions, as in "s3:GetObject"', aws: 'Policy statement must contain actions.' });
    expect(one(doc({ ...ok, NotAction: 's3:Put*' }))).toEqual({ at: 'Statement[0]: use either Action or NotAction, not both', aws: 'Syntax errors in policy.' });
    expect(one(doc({ ...ok, Action: {} }))).toEqual({ at: 'Statement[0].Action: must be a string or a list of strings', aws: 'Syntax errors in policy.' });
    expect(one(doc({ ...ok, Action: [['s3:*']] })).at).toBe('Statement[0].Action: must be a string or a list of strings');
  });

  it('actions need one service prefix that is a word', () => {
    expect(one(doc({ ...ok, Action: ['s3:GetObject', 'GetObject'] }))).toEqual({
      at: 'Statement[0].Action[1]: "GetObject" needs a service prefix, as in "s3:GetObject" or "s3:*"',
      aws: 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
    });
    expect(one(doc({ ...ok, Action: 's3:List:Bucket' }))).toEqual({
      at: 'Statement[0].Action: "s3:List:Bucket" can contain only one colon, between the service and the action',
      aws: 'Actions/Condition can contain only one colon.',
    });
    expect(one(doc({ ...ok, Action: 'a a:ListBucket' }))).toEqual({
      at: 'Statement[0].Action: "a a" is not a service prefix (letters, digits and hyphens, no wildcards)',
      aws: 'Vendor a a is not valid',
    });
  });

  it('marks every bad action, not only the first', () => {
    expect(errors(doc({ ...ok, Action: ['GetObject', 'PutObject'] })).map((e) => e.at.split(':')[0])).toEqual(['Statement[0].Action[0]', 'Statement[0].Action[1]']);
  });

  it('Resource/NotResource: exactly one, not empty', () => {
    const { Resource: _, ...noResource } = ok;
    expect(one(doc(noResource))).toEqual({ at: 'Statement[0].Resource: missing; a statement needs Resource or NotResource', aws: 'Policy statement must contain resources.' });
    expect(one(doc({ ...ok, Resource: [] })).aws).toBe('Policy statement must contain resources.');
    expect(one(doc({ ...ok, NotResource: '*' })).at).toBe('Statement[0]: use either Resource or NotResource, not both');
  });

  it('resources are ARNs IAM accepts, or *', () => {
    expect(one(doc({ ...ok, Resource: 'photos/*' }))).toEqual({
      at: 'Statement[0].Resource: "photos/*" must be an ARN (arn:aws:service:region:account:resource) or "*"; for S3 write "arn:aws:s3:::photos/*"',
      aws: 'Resource photos/* must be in ARN format or "*".',
    });
    expect(one(doc({ ...ok, Resource: 'arn:error:s3:::photos' })).aws).toBe('Partition "error" is not valid for resource "arn:error:s3:::photos".');
    expect(one(doc({ ...ok, Resource: 'arn:aws' })).aws).toBe('Resource vendor must be fully qualified and cannot contain regexes.');
    expect(one(doc({ ...ok, Resource: 'arn:aws:s*:::photos' })).aws).toBe('Resource vendor must be fully qualified and cannot contain regexes.');
    expect(one(doc({ ...ok, Resource: 'arn:aws:s3::photos' }))).toEqual({
      at: 'Statement[0].Resource: "arn:aws:s3::photos" needs six colon-separated parts: arn:aws:service:region:account:resource',
      aws: 'The policy failed legacy parsing',
    });
    expect(one(doc({ ...ok, Resource: 'arn:aws:s3:us-east-1::photos' }))).toEqual({
      at: 'Statement[0].Resource: s3 ARNs have no region; leave it empty, as in "arn:aws:s3:::photos"',
      aws: 'Resource arn:aws:s3:us-east-1::photos can not contain region information.',
    });
    expect(one(doc({ ...ok, Resource: 'arn:aws:iam:us-east-1:123456789012:role/x' })).aws).toBe('IAM resource arn:aws:iam:us-east-1:123456789012:role/x cannot contain region information.');
  });

  it('warns about another account and about policy variables', () => {
    const check = checkPolicyValue(doc({ ...ok, Resource: ['arn:aws:s3:::home/${aws:username}/*', 'arn:aws:lambda:us-east-1:111122223333:function:f'] }));
    expect(check.policy).toBeDefined();
    expect(check.problems.map(formatProblem)).toEqual([
      'Statement[0].Resource[0]: policy variables such as ${aws:username} are not simulated; the text is matched as written',
      "Statement[0].Resource[1]: account 111122223333 is not the playground's account (123456789012), so this never matches here",
    ]);
  });
});

describe('conditions', () => {
  const withCondition = (Condition: unknown) => doc({ ...ok, Condition });

  it('must be an object of operators, each an object of keys', () => {
    expect(one(withCondition([])).aws).toBe('Syntax errors in policy.');
    expect(one(withCondition({ StringEquals: 'x' }))).toEqual({ at: 'Statement[0].Condition.StringEquals: must be an object of condition keys and values', aws: 'Syntax errors in policy.' });
    expect(one(withCondition({ StringEquals: { 'aws:SourceAccount': {} } })).at).toBe('Statement[0].Condition.StringEquals.aws:SourceAccount: must be a string or a list of strings');
  });

  it('refuses operators IAM does not have, suggesting the right spelling', () => {
    expect(one(withCondition({ StringEqual: { 'aws:SourceAccount': '1' } }))).toEqual({ at: 'Statement[0].Condition.StringEqual: unknown condition operator', aws: 'Syntax errors in policy.' });
    expect(one(withCondition({ stringequals: { 'aws:SourceAccount': '1' } })).at).toBe('Statement[0].Condition.stringequals: unknown condition operator; did you mean StringEquals?');
    expect(one(withCondition({ NullIfExists: { 'aws:SourceArn': 'true' } })).at).toBe('Statement[0].Condition.NullIfExists: unknown condition operator; Null has no IfExists form, as it tests whether the key is present');
  });

  it('says clearly which real operators and keys the playground does not simulate', () => {
    const date = errors(withCondition({ DateGreaterThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' } }));
    expect(date).toEqual([
      {
        at: 'Statement[0].Condition.DateGreaterThan: the playground does not evaluate the DateGreaterThan operator; it supports StringEquals, StringNotEquals, StringEqualsIgnoreCase, StringNotEqualsIgnoreCase, StringLike, StringNotLike, ArnEquals, ArnLike, ArnNotEquals, ArnNotLike, Bool, Null (with IfExists)',
        aws: 'The playground does not simulate the condition operator DateGreaterThan.',
      },
    ]);
    expect(one(withCondition({ 'ForAnyValue:StringEquals': { 's3:prefix': 'a' } })).at).toMatch(/does not evaluate the ForAnyValue: qualifier/);
    const key = one(withCondition({ StringEquals: { 'aws:username': 'kim' } }));
    expect(key.at).toMatch(/^Statement\[0\]\.Condition\.StringEquals\.aws:username: the playground does not provide the condition key aws:username; it provides aws:SourceArn, /);
    expect(checkPolicyValue(withCondition({ StringEquals: { 'aws:username': 'kim' } })).problems[0]).toMatchObject({ unsupported: true });
  });

  it('checks condition keys and Bool/Null values', () => {
    expect(one(withCondition({ StringEquals: { SourceAccount: '1' } })).aws).toBe('Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.');
    expect(one(withCondition({ StringEquals: { 'aws:a:b': '1' } })).aws).toBe('Actions/Condition can contain only one colon.');
    expect(one(withCondition({ Bool: { 'aws:SecureTransport': 'yes' } }))).toEqual({ at: 'Statement[0].Condition.Bool.aws:SecureTransport: Bool takes "true" or "false"', aws: 'The policy failed legacy parsing' });
    expect(errors(withCondition({ Bool: { 'aws:SecureTransport': true }, Null: { 'aws:SourceArn': 'false' }, ArnLikeIfExists: { 'aws:SourceArn': 'arn:aws:s3:::*' } }))).toEqual([]);
  });
});

describe('resource-based policies', () => {
  const statement = { Sid: 's3-trigger', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:f' };

  it('need a Principal, and normalise account ids to root ARNs', () => {
    const policy = parsePolicy(doc(statement, { ...statement, Sid: 'acct', Principal: { AWS: ['123456789012', 'arn:aws:iam::123456789012:role/r'] } }), 'resource');
    expect(policy.statements.map((s) => s.principal)).toEqual([{ service: ['s3.amazonaws.com'] }, { aws: ['arn:aws:iam::123456789012:root', 'arn:aws:iam::123456789012:role/r'] }]);
    const { Principal: _, ...noPrincipal } = statement;
    expect(one(doc(noPrincipal), 'resource').at).toBe('Statement[0].Principal: missing; a resource-based policy names who it applies to');
    expect(one(doc({ ...statement, Principal: { AWS: 'bob' } }), 'resource')).toEqual({ at: 'Statement[0].Principal.AWS: "bob" is not an account id or an IAM ARN', aws: 'Invalid principal in policy: "AWS":"bob"' });
    expect(parsePolicy(doc({ ...statement, Principal: '*' }), 'resource').statements[0]!.principal).toEqual({ all: true });
  });

  it('allow the hyphens Lambda puts in statement ids', () => {
    expect(errors(doc(statement), 'resource')).toEqual([]);
  });
});

describe('parsePolicy', () => {
  it('throws MalformedPolicyDocument with IAM\'s message and every problem', () => {
    try {
      parsePolicy(JSON.stringify(doc({ ...ok, Effect: 'Permit', Action: 'GetObject' })));
      throw new Error('expected a failure');
    } catch (error) {
      expect(error).toMatchObject({ code: 'MalformedPolicyDocument', statusCode: 400, message: 'Syntax errors in policy.' });
      expect((error as { fields: { problems: unknown[] } }).fields.problems).toHaveLength(2);
    }
  });
});
