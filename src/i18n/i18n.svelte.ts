// The interface language: English or Korean, picked from the browser, switched by the person and
// remembered. `t(key, ...args)` reads the current dictionary, so every template follows a switch.
// AWS error codes, API names and AWS's own messages are not translated: they are what AWS says.
import { en, type EnglishMessages } from './messages/en';
import type { Messages } from './messages/types';

export type Locale = 'en' | 'ko';
export const LOCALES: readonly { id: Locale; label: string }[] = [
  { id: 'en', label: 'English' },
  { id: 'ko', label: '한국어' },
];
export type MessageKey = keyof EnglishMessages;
type Args<K extends MessageKey> = EnglishMessages[K] extends (...args: infer A) => string ? A : [];
type Dictionary = Messages<EnglishMessages>;

export const LOCALE_STORAGE_KEY = 'playground.locale';

let current = $state<Locale>('en');
let dictionary = $state.raw<Dictionary>(en);

/** The message `key` in the current language, with its arguments filled in. */
export function t<K extends MessageKey>(key: K, ...args: Args<K>): string {
  const message = dictionary[key] as string | ((...values: unknown[]) => string);
  return typeof message === 'function' ? message(...args) : message;
}

/** The current interface language (reactive). */
export function locale(): Locale {
  return current;
}

/** The language to start in: the one chosen before, else the browser's first preference we speak. */
export function preferredLocale(stored: string | null, languages: readonly string[]): Locale {
  if (stored === 'en' || stored === 'ko') return stored;
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (base === 'ko') return 'ko';
    if (base === 'en') return 'en';
  }
  return 'en';
}

async function dictionaryFor(next: Locale): Promise<Dictionary> {
  return next === 'ko' ? (await import('./messages/ko')).ko : en;
}

/** Switches the interface language, loading its messages first; remembered when `remember` is set. */
export async function setLocale(next: Locale, remember = true): Promise<void> {
  dictionary = await dictionaryFor(next);
  current = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
  if (remember) {
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // Storage refused (private mode, quota): the choice holds for this page only.
    }
  }
}

/** Picks the starting language from storage and the browser, before the first render. */
export async function startLocale(): Promise<void> {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    // No storage: follow the browser.
  }
  await setLocale(preferredLocale(stored, navigator.languages ?? [navigator.language]), false);
}
