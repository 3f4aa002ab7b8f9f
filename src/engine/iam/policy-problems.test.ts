import { describe, expect, it } from 'vitest';
import { formatProblem, malformedPolicy, ProblemList } from './policy-problems';

describe('ProblemList', () => {
  it('places problems at their text when it knows the text', () => {
    const text = '{\n  "Effect": "Alow"\n}';
    const problems = new ProblemList(text);
    problems.error('Statement.Effect', ['effectInvalid', {}], 'Syntax errors in policy.', { start: 14, end: 20 });
    problems.warning('Version', ['versionMissing', {}]);
    expect(problems.problems).toEqual([
      {
        severity: 'error', path: 'Statement.Effect', message: 'must be "Allow" or "Deny"', reason: { code: 'effectInvalid', values: {} },
        awsMessage: 'Syntax errors in policy.', line: 2, column: 13, span: { start: 14, end: 20 },
      },
      {
        severity: 'warning', path: 'Version', message: 'missing; IAM then assumes "2008-10-17", which has no policy variables. Add "Version": "2012-10-17"',
        reason: { code: 'versionMissing', values: {} }, awsMessage: '',
      },
    ]);
    expect(problems.hasErrors).toBe(true);
    expect(new ProblemList().hasErrors).toBe(false);
  });
});

describe('formatProblem', () => {
  it('reads path: message (line, column), the document standing in for an empty path', () => {
    expect(formatProblem({ severity: 'error', path: 'Statement[1].Effect', message: 'must be "Allow" or "Deny"', reason: { code: 'effectInvalid', values: {} }, awsMessage: '', line: 7, column: 17 })).toBe(
      'Statement[1].Effect: must be "Allow" or "Deny" (line 7, column 17)',
    );
    expect(formatProblem({ severity: 'error', path: '', message: 'JSON syntax: x', reason: { code: 'jsonSyntax', values: { message: 'x' } }, awsMessage: '' })).toBe('(document): JSON syntax: x');
  });
});

describe('malformedPolicy', () => {
  it('is IAM\'s MalformedPolicyDocument with the first error\'s message, carrying the errors only', () => {
    const problems = new ProblemList();
    problems.warning('Version', ['versionMissing', {}]);
    problems.error('Statement', ['statementMissing', {}], 'Syntax errors in policy.');
    problems.error('Statement[0].Action', ['pairMissing', { key: 'Action', notKey: 'NotAction' }], 'Policy statement must contain actions.');
    const error = malformedPolicy(problems.problems);
    expect(error).toMatchObject({ code: 'MalformedPolicyDocument', statusCode: 400, message: 'Syntax errors in policy.' });
    expect(error.fields.problems).toHaveLength(2);
    expect(error.toJSON()).toMatchObject({ name: 'MalformedPolicyDocument', statusCode: 400 });
  });
});
