// What is wrong with a policy document, said two ways: located for the editor, and as IAM's API words it.
import { ServiceError } from '../errors';
import { locate, type Span } from './json-source';
import { policyReason, type PolicyReason, type PolicyReasonArgs } from './policy-problem-texts';

/** IAM's messages for a policy it refuses (error code MalformedPolicyDocument). */
export const AWS = {
  syntax: 'Syntax errors in policy.',
  legacy: 'The policy failed legacy parsing',
  actions: 'Policy statement must contain actions.',
  resources: 'Policy statement must contain resources.',
  vendor: 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
  oneColon: 'Actions/Condition can contain only one colon.',
  principal: 'Policy document should not specify a principal.',
  uniqueSid: 'Statement IDs (SID) in a single policy must be unique.',
  sidCharacters: 'Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*',
  resourceVendor: 'Resource vendor must be fully qualified and cannot contain regexes.',
} as const;

/** One problem, for the JSON editor (path, message, place) and for the API (awsMessage). */
export interface PolicyProblem {
  /** Errors refuse the policy; warnings are advice the policy is accepted with. */
  severity: 'error' | 'warning';
  /** Where in the document, e.g. `Statement[1].Effect`; empty for the document as a whole. */
  path: string;
  /** What is wrong, in plain words, e.g. `must be "Allow" or "Deny"`. */
  message: string;
  /** The same as a code with values, for the interface language. */
  reason: PolicyReason;
  /** What IAM's API answers for this, e.g. `Syntax errors in policy.` */
  awsMessage: string;
  /** 1-based place of the offending text, when the document was given as text. */
  line?: number;
  column?: number;
  /** Offsets of the offending text, for underlining it in the editor. */
  span?: Span;
  /** Valid in AWS, but something the playground does not simulate (so it refuses it rather than guess). */
  unsupported?: boolean;
}

/** `Statement[1].Effect: must be "Allow" or "Deny" (line 7, column 17)`. */
export function formatProblem(problem: PolicyProblem): string {
  const where = problem.line === undefined ? '' : ` (line ${problem.line}, column ${problem.column})`;
  return `${problem.path || '(document)'}: ${problem.message}${where}`;
}

/** Collects problems, placing each at its text when the text is known. */
export class ProblemList {
  readonly problems: PolicyProblem[] = [];

  constructor(private readonly text?: string) {}

  error(path: string, reason: PolicyReasonArgs, awsMessage: string, span?: Span, unsupported = false): void {
    this.#add({ severity: 'error', path, ...policyReason(...reason), awsMessage, ...(unsupported ? { unsupported } : {}) }, span);
  }

  warning(path: string, reason: PolicyReasonArgs, span?: Span): void {
    this.#add({ severity: 'warning', path, ...policyReason(...reason), awsMessage: '' }, span);
  }

  get hasErrors(): boolean {
    return this.problems.some((p) => p.severity === 'error');
  }

  #add(problem: PolicyProblem, span: Span | undefined): void {
    if (span && this.text !== undefined) {
      Object.assign(problem, locate(this.text, span.start), { span: { start: span.start, end: span.end } });
    }
    this.problems.push(problem);
  }
}

/**
 * IAM's `MalformedPolicyDocument` (HTTP 400) for a refused policy: the message is the first
 * error's, as IAM names one problem; `problems` carries all of them for the UI.
 */
export function malformedPolicy(problems: PolicyProblem[]): ServiceError {
  const errors = problems.filter((p) => p.severity === 'error');
  const first = errors[0];
  return new ServiceError('MalformedPolicyDocument', first?.awsMessage ?? AWS.syntax, 400, { problems: errors });
}
