// A function's dead-letter queue as it travels: from its configuration into the project document,
// back into CreateFunction / ImportVersion input, and from the Configuration form's text field.
import { DEAD_LETTER_ARN_PATTERN, deadLetterService } from '../../engine/lambda/dead-letter';
import type { DeadLetterConfig, FunctionConfiguration } from '../../engine/lambda/types';
import { t } from '../../i18n/i18n.svelte';

const PATTERN = new RegExp(`^(?:${DEAD_LETTER_ARN_PATTERN})$`);

/** The document's field for a function's or a version's configuration; left out while unset. */
export function deadLetterField(config: Pick<FunctionConfiguration, 'DeadLetterConfig'>): { deadLetterTargetArn?: string } {
  const arn = config.DeadLetterConfig?.TargetArn;
  return arn ? { deadLetterTargetArn: arn } : {};
}

/** CreateFunction / ImportVersion input that brings a saved function's or version's setting back. */
export function deadLetterInput(saved: { deadLetterTargetArn?: string | undefined }): { DeadLetterConfig?: { TargetArn: string } } {
  return saved.deadLetterTargetArn ? { DeadLetterConfig: { TargetArn: saved.deadLetterTargetArn } } : {};
}

/** What the form's text sends: an empty field removes the dead-letter queue (`TargetArn: ''`). */
export function deadLetterFromForm(text: string): DeadLetterConfig {
  return { TargetArn: text.trim() };
}

/**
 * A hint while typing, before Lambda judges the value on Save (its message is the one shown then):
 * undefined for an empty field or an SQS queue or SNS topic ARN.
 */
export function deadLetterHint(text: string): string | undefined {
  const arn = text.trim();
  if (arn === '') return undefined;
  if (!PATTERN.test(arn)) return t('functions.deadLetterArnStart');
  if (!deadLetterService(arn)) return t('functions.deadLetterKind');
  return undefined;
}
