// Which message areas come with the first screen and how the others load. The English of the
// frame, the sidebar sections, the function view and the notices the always-loaded state gives is
// bundled with the app; every other area file (en and ko alike) is its own small chunk, loaded when
// a view that speaks it opens. A new area file is therefore lazy without any edit here; list it in
// EAGER only if the first screen shows it.
import { shell } from './messages/en/shell';
import { shared } from './messages/en/shared';
import { siteNav } from './messages/en/site-nav';
import { functions } from './messages/en/functions';
import { editor } from './messages/en/editor';
import { faults } from './messages/en/faults';
import { cloudwatch } from './messages/en/cloudwatch';
import { projectsNotices } from './messages/en/projects-notices';
import { galleryTitles } from './messages/en/gallery-titles';
import { apisNav } from './messages/en/apis-nav';
import { bucketsNav } from './messages/en/buckets-nav';
import { tablesNav } from './messages/en/tables-nav';
import { queuesNav } from './messages/en/queues-nav';
import { topicsNav } from './messages/en/topics-nav';
import { rulesNav } from './messages/en/rules-nav';

export type Locale = 'en' | 'ko';
export type MessageTable = Record<string, unknown>;

/** The areas (file names) bundled with the app, and their English messages. */
export const EAGER: readonly string[] = [
  'shell', 'shared', 'site-nav', 'functions', 'editor', 'faults', 'cloudwatch', 'projects-notices', 'gallery-titles',
  'apis-nav', 'buckets-nav', 'tables-nav', 'queues-nav', 'topics-nav', 'rules-nav',
];
export const EAGER_ENGLISH: MessageTable = {
  ...shell, ...shared, ...siteNav, ...functions, ...editor, ...faults, ...cloudwatch, ...projectsNotices, ...galleryTitles,
  ...apisNav, ...bucketsNav, ...tablesNav, ...queuesNav, ...topicsNav, ...rulesNav,
};

type Module = Record<string, MessageTable>;
// One loader per area file and language. The bundled English areas are left out: in the glob too,
// the bundler would give each its own chunk instead of keeping it in the app's.
const LOADERS: Record<Locale, Record<string, () => Promise<Module>>> = {
  en: byArea(import.meta.glob<Module>([
    './messages/en/*.ts', '!./messages/en/index.ts',
    '!./messages/en/{shell,shared,functions,editor,faults,cloudwatch,projects-notices,gallery-titles}.ts',
    '!./messages/en/{apis,buckets,tables,queues,topics,rules,site}-nav.ts',
  ])),
  ko: byArea(import.meta.glob<Module>(['./messages/ko/*.ts', '!./messages/ko/index.ts'])),
};

function byArea(files: Record<string, () => Promise<Module>>): Record<string, () => Promise<Module>> {
  return Object.fromEntries(Object.entries(files).map(([path, load]) => [path.replace(/^.*\/|\.ts$/g, ''), load]));
}

/** Every area file there is. */
export const AREAS: readonly string[] = Object.keys(LOADERS.ko);

const camel = (area: string) => area.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * The area files holding keys that start with `prefix.`: `functions` → functions, functions-async,
 * functions-config…; `cloudwatchLogs` → cloudwatch-logs. Keys are `<area>.<name>`, so this finds
 * them from the file names alone.
 */
export function areasOf(prefix: string): string[] {
  return AREAS.filter((area) => camel(area) === prefix || area.startsWith(`${prefix}-`));
}

/** The messages of one area file in one language. */
export async function loadArea(locale: Locale, area: string): Promise<MessageTable> {
  if (locale === 'en' && EAGER.includes(area)) return {};
  const load = LOADERS[locale][area];
  if (!load) throw new Error(`no message area ${locale}/${area}`);
  return Object.assign({}, ...Object.values(await load()));
}
