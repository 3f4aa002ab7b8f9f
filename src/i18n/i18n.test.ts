// The Korean set is complete and actually translated; the language is picked as described.
import { describe, expect, it } from 'vitest';
import { en } from './messages/en';
import { ko } from './messages/ko';
import { locale, preferredLocale, setLocale, t } from './i18n.svelte';

/** Keys whose Korean text may equal the English one: names that are the same in both languages. */
const SAME_IN_BOTH = new Set<string>(['diagram.kind.api', 'cloudwatch.navLabel', 'cloudwatchLogs.pageLabel']);

describe('messages', () => {
  it('has every English key in Korean', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it('lists no untranslated Korean message', () => {
    const untranslated = Object.entries(en)
      .filter(([key, value]) => !SAME_IN_BOTH.has(key) && typeof value === 'string' && ko[key as keyof typeof ko] === value)
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('gives every parameterised message the same number of parameters in Korean', () => {
    const mismatched = Object.entries(en)
      .filter(([key, value]) => {
        const korean: unknown = (ko as Record<string, unknown>)[key];
        return typeof value === 'function' && (typeof korean !== 'function' || korean.length !== (value as () => string).length);
      })
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});

describe('locale', () => {
  it('prefers a stored choice, then the browser languages in order', () => {
    expect(preferredLocale('ko', ['en-US'])).toBe('ko');
    expect(preferredLocale(null, ['ko-KR', 'en-US'])).toBe('ko');
    expect(preferredLocale(null, ['fr-FR', 'en-GB', 'ko'])).toBe('en');
    expect(preferredLocale('xx', ['de'])).toBe('en');
  });

  it('switches the messages t() returns', async () => {
    await setLocale('ko', false);
    expect(locale()).toBe('ko');
    expect(t('shell.language')).toBe('언어');
    await setLocale('en', false);
    expect(t('shell.language')).toBe('Language');
  });
});
