// Numbers, dates and times written the way the interface language writes them (Intl with the
// current locale), so a switch of language changes them with the words around them.
import { locale } from './i18n.svelte';

const TAGS = { en: 'en-US', ko: 'ko-KR' } as const;
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The BCP 47 tag of the interface language, for Intl and `toLocale…String`. */
export function localeTag(): string {
  return TAGS[locale()];
}

/** A number with the language's grouping and decimals, e.g. 12,345 or 1.5. */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  const key = `${localeTag()}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(localeTag(), options)));
  return format.format(value);
}

function dateTime(time: number | Date, options: Intl.DateTimeFormatOptions): string {
  const key = `${localeTag()}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(localeTag(), options)));
  return format.format(time);
}

/** A time of day, e.g. 3:04:05 PM or 오후 3:04:05; `options` narrows or extends it. */
export function formatTime(time: number | Date, options: Intl.DateTimeFormatOptions = { timeStyle: 'medium' }): string {
  return dateTime(time, options);
}

/** A calendar date, e.g. 12/7/2026 or 2026. 12. 7. */
export function formatDate(time: number | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'short' }): string {
  return dateTime(time, options);
}

/** A date with its time, e.g. 12/7/2026, 3:04:05 PM. */
export function formatDateTime(time: number | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'short', timeStyle: 'medium' }): string {
  return dateTime(time, options);
}
