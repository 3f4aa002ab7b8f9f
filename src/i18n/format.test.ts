// Numbers and times follow the interface language.
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from './i18n.svelte';
import { formatCount, formatDateTime, formatDecimal, formatTime } from './format';

describe('format', () => {
  afterEach(() => setLocale('en', false));

  it('writes decimals as toFixed does, without grouping', () => {
    expect(formatDecimal(12.345, 1)).toBe('12.3');
    expect(formatDecimal(1234.5, 1)).toBe('1234.5');
    expect(formatDecimal(7)).toBe('7');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('writes times in the chosen language', async () => {
    const noon = new Date(2026, 0, 2, 15, 4, 5);
    expect(formatTime(noon)).toBe('3:04:05 PM');
    await setLocale('ko', false);
    // Korean puts the day period first; a Node built without full ICU data names it in English.
    expect(formatTime(noon)).toMatch(/^(오후|PM) 3:04:05$/);
    expect(formatDateTime(noon)).toContain('2026');
  });
});
