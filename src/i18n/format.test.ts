// Numbers and times follow the interface language.
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from './i18n.svelte';
import { formatDateTime, formatNumber, formatTime } from './format';

describe('format', () => {
  afterEach(() => setLocale('en', false));

  it('writes numbers with the options given', () => {
    expect(formatNumber(12.345, { minimumFractionDigits: 1, maximumFractionDigits: 1 })).toBe('12.3');
    expect(formatNumber(1234567)).toBe('1,234,567');
  });

  it('writes times in the chosen language', async () => {
    const noon = new Date(2026, 0, 2, 15, 4, 5);
    expect(formatTime(noon)).toBe('3:04:05 PM');
    await setLocale('ko', false);
    // Korean puts the day period first; a Node built without full ICU data names it in English.
    expect(formatTime(noon)).toMatch(/^(오후|PM) 3:04:05$/);
    expect(formatDateTime(noon)).toContain('26');
  });
});
