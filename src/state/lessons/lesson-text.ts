// Picks a lesson text in the interface language, falling back to the other one the lesson has.
import type { LocalizedText } from '../../project/types';

export type LessonLocale = 'en' | 'ko';

export function localized(text: LocalizedText | undefined, locale: LessonLocale): string {
  if (!text) return '';
  const other = locale === 'en' ? 'ko' : 'en';
  return text[locale]?.trim() ? text[locale]! : (text[other] ?? '');
}
