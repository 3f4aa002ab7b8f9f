// The interface language: English or Korean, picked from the browser, switched by the person and
// remembered. `t(key, ...args)` reads the current dictionary, so every template follows a switch.
// AWS error codes, API names and AWS's own messages are not translated: they are what AWS says.
// The dictionary holds the areas loaded so far (areas.ts): the first screen's come with the app,
// a lazily loaded view awaits `loadMessages(...)` for its own before it mounts.
import type { EnglishMessages } from './messages/en';
import { AREAS, EAGER, EAGER_ENGLISH, areasOf, loadArea, type Locale, type MessageTable } from './areas';

export type { Locale };
export const LOCALES: readonly { id: Locale; label: string }[] = [
  { id: 'en', label: 'English' },
  { id: 'ko', label: '한국어' },
];
export type MessageKey = keyof EnglishMessages;
type Args<K extends MessageKey> = EnglishMessages[K] extends (...args: infer A) => string ? A : [];
type AreaOf<K> = K extends `${infer Area}.${string}` ? Area : never;
/** The first part of a message key (`functions`, `cloudwatchLogs`…): what a view declares it speaks. */
export type MessageArea = AreaOf<MessageKey>;

export const LOCALE_STORAGE_KEY = 'playground.locale';

let current = $state<Locale>('en');
let dictionary = $state.raw<MessageTable>(EAGER_ENGLISH);
/** The language being switched to (the current one when no switch is under way): areas load in it. */
let target: Locale = 'en';
/** Every area asked for so far (in any language): a switch loads them all in the new one first. */
const wanted = new Set<string>(EAGER);
const tables: Record<Locale, MessageTable> = { en: { ...EAGER_ENGLISH }, ko: {} };
const loads = new Map<string, Promise<void>>(EAGER.map((area) => [`en/${area}`, Promise.resolve()]));
const loaded = new Set<string>(EAGER.map((area) => `en/${area}`));

/** The message `key` in the current language, with its arguments filled in. */
export function t<K extends MessageKey>(key: K, ...args: Args<K>): string {
  const message = dictionary[key] as string | ((...values: unknown[]) => string) | undefined;
  if (message === undefined) return lateMessage(key);
  return typeof message === 'function' ? message(...args) : message;
}

/**
 * A key whose area is not loaded: a view that forgot to await `loadMessages` for it. Its area loads
 * now and the dictionary change re-renders the text; until then it reads as nothing.
 */
function lateMessage(key: string): string {
  // A prefix no file is named after (keys kept in another area's file) loads whatever is left.
  const named = areasOf(key.split('.')[0]!);
  const areas = (named.length ? named : AREAS).filter((area) => !wanted.has(area));
  if (areas.length) {
    console.warn(`Message ${key} was read before its area (${areas.join(', ')}) was loaded: declare it with loadMessages().`);
    void loadAreas(areas).catch(() => {});
  }
  return '';
}

function load(language: Locale, area: string): Promise<void> {
  const id = `${language}/${area}`;
  let pending = loads.get(id);
  if (!pending) {
    pending = loadArea(language, area).then((messages) => {
      Object.assign(tables[language], messages);
      loaded.add(id);
      if (language === current) dictionary = { ...tables[language] };
    });
    // A failed load (offline) is tried again by the next view that asks.
    pending.catch(() => loads.delete(id));
    loads.set(id, pending);
  }
  return pending;
}

async function loadAreas(areas: readonly string[]): Promise<void> {
  for (const area of areas) wanted.add(area);
  await Promise.all(areas.map((area) => load(target, area)));
}

/** Loads the messages of the given areas (every area file of each, e.g. `apis` → apis, apis-access…) in the current language. */
export function loadMessages(...areas: MessageArea[]): Promise<void> {
  return loadAreas(areas.flatMap((area) => areasOf(area)));
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

/** Loads every area: for tests in Node, which read any message without mounting its view. */
export function loadEveryMessage(): Promise<void> {
  return loadAreas(AREAS);
}

/** Switches the interface language, loading its messages first; remembered when `remember` is set. */
export async function setLocale(next: Locale, remember = true): Promise<void> {
  target = next;
  // Every area in use, in the new language, before the switch: no label shows in the old one or blank.
  for (let missing = [...wanted]; missing.length; missing = [...wanted].filter((area) => !loaded.has(`${next}/${area}`))) {
    await Promise.all(missing.map((area) => load(next, area)));
  }
  if (target !== next) return;
  current = next;
  dictionary = { ...tables[next] };
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
