// Every problem the policy checker finds has an English and a Korean message with its values filled
// in: in English the editor says exactly what the checker wrote, place included.
import { afterAll, describe, expect, it } from 'vitest';
import { checkPolicyText } from '../../engine/iam/policy';
import { formatProblem } from '../../engine/iam/policy-problems';
import { POLICY_PROBLEM_TEXTS, type PolicyProblemCode, type PolicyReason } from '../../engine/iam/policy-problem-texts';
import { setLocale } from '../../i18n/i18n.svelte';
import { POLICY_REASON_CODES, policyProblemText, policyReasonText } from './policy-text';

const markers = new Proxy({}, { get: (_, key) => (typeof key === 'string' ? `«${key}»` : undefined) });
const reasonOf = (code: PolicyProblemCode) => ({ code, values: markers }) as PolicyReason;
const english = (code: PolicyProblemCode) => (POLICY_PROBLEM_TEXTS[code] as (values: object) => string)(markers);

/** A role policy with several problems, each at its line. */
const POLICY = `{
  "Statement": [
    { "Effect": "allow", "Action": "GetObject", "Resource": "photos" },
    { "Effect": "Allow", "Action": ["s3:"], "Resource": "arn:aws:s3:::photos/*", "Principal": "*" }
  ]
}`;

afterAll(() => setLocale('en', false));

describe('policy problems', () => {
  it('has a message for every code the checker has', () => {
    expect([...POLICY_REASON_CODES].sort()).toEqual(Object.keys(POLICY_PROBLEM_TEXTS).sort());
  });

  it('says each in English as the checker does, and in Korean with the same values', async () => {
    await setLocale('en', false);
    for (const code of POLICY_REASON_CODES) expect(policyReasonText(reasonOf(code))).toBe(english(code));
    await setLocale('ko', false);
    for (const code of POLICY_REASON_CODES) {
      const korean = policyReasonText(reasonOf(code));
      expect(korean, code).not.toBe(english(code));
      expect(korean, code).toMatch(/[가-힣]/);
      for (const marker of english(code).match(/«\w+»/g) ?? []) expect(korean, `${code} ${marker}`).toContain(marker);
    }
  });

  it('places and words a real check the same way in English, and in Korean with the place', async () => {
    const { problems } = checkPolicyText(POLICY);
    expect(problems.map((p) => p.reason.code)).toEqual(['versionMissing', 'effectCase', 'actionPrefix', 'resourceBucket', 'principalInRolePolicy', 'actionEmpty']);
    await setLocale('en', false);
    expect(problems.map(policyProblemText)).toEqual(problems.map(formatProblem));
    await setLocale('ko', false);
    const effect = problems.find((p) => p.reason.code === 'effectCase')!;
    expect(policyProblemText(effect)).toBe(`Statement[0].Effect: "Allow" 또는 "Deny"여야 합니다(대소문자까지 그대로) (3행 ${effect.column}열)`);
  });
});
