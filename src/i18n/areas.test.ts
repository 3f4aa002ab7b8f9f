// Area files are found from a key's prefix, and a view's areas load on demand in the current language.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AREAS, EAGER, EAGER_ENGLISH, areasOf } from './areas';
import { en } from './messages/en';

describe('areas', () => {
  afterEach(() => vi.restoreAllMocks());

  it('finds every file of an area from the key prefix, and no other', () => {
    expect(areasOf('apis').sort()).toEqual(['apis', 'apis-access', 'apis-console', 'apis-nav']);
    expect(areasOf('cloudwatchLogs')).toEqual(['cloudwatch-logs']);
    expect(EAGER.every((area) => AREAS.includes(area))).toBe(true);
  });

  it('reaches every key: its prefix names an area file, or it comes with the app', () => {
    const orphans = Object.keys(en).filter((key) => areasOf(key.split('.')[0]!).length === 0 && !(key in EAGER_ENGLISH));
    expect(orphans).toEqual([]);
  });

  it('starts with only the first screen’s areas, loads a view’s on request, and switches language with them', async () => {
    vi.resetModules();
    const i18n = await import('./i18n.svelte');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(i18n.t('shell.language')).toBe('Language');
    expect(i18n.t('lessons.title')).toBe('');
    expect(warn).toHaveBeenCalledTimes(1);
    await i18n.loadMessages('lessons');
    expect(i18n.t('lessons.title')).toBe(en['lessons.title']);
    await i18n.setLocale('ko', false);
    expect(i18n.t('lessons.title')).not.toBe(en['lessons.title']);
    expect(i18n.t('lessons.title')).not.toBe('');
    expect(i18n.t('shell.language')).toBe('언어');
    await i18n.setLocale('en', false);
  });
});
