// The services the UI shows, in sidebar order: each brings its sidebar section, how to find the
// item on screen, and its main view (loaded on first use with the messages it speaks, except a
// function's). A new service appears by adding one entry here (and its id to src/state/service-registry.ts).
import type { Component } from 'svelte';
import type { Playground } from '../state/playground.svelte';
import type { ServiceView } from '../state/service-registry';
import { loadMessages, type MessageArea, type MessageKey } from '../i18n/i18n.svelte';
import type { EnglishMessages } from '../i18n/messages/en';
import FunctionNav from './functions/FunctionNav.svelte';
import FunctionWorkbench from './functions/FunctionWorkbench.svelte';
import ApiNav from './apis/ApiNav.svelte';
import BucketNav from './buckets/BucketNav.svelte';
import SiteNav from './site/SiteNav.svelte';
import TableNav from './tables/TableNav.svelte';
import QueueNav from './queues/QueueNav.svelte';
import TopicNav from './topics/TopicNav.svelte';
import RuleNav from './rules/RuleNav.svelte';
import CloudWatchNav from './cloudwatch/CloudWatchNav.svelte';

/** A message without values (a title or a hint). */
type TextKey = { [K in MessageKey]: EnglishMessages[K] extends string ? K : never }[MessageKey];

/** One service's place in the UI. */
export interface ServiceUi<T = unknown> {
  view: ServiceView;
  /** Its sidebar section; the project's Diagram has none (the header opens it). */
  nav?: Component<{ app: Playground }>;
  /** The item the main area shows, if one is selected. */
  selected(app: Playground): T | undefined;
  /** Identifies the item, so switching items starts its view afresh. */
  key(item: T): string;
  workbench(): Promise<{ default: Component<{ app: Playground; item: T }> }>;
  /** What the main area says when nothing is selected (message keys; `*text*` is shown bold); none when something always is. */
  empty?: { title: TextKey; hint: TextKey };
}

const service = <T>(ui: ServiceUi<T>) => ui as ServiceUi;

/** A lazily loaded view, mounted once its code and the messages of its areas (and the panels' shared ones) have arrived. */
async function view<V>(code: Promise<V>, ...areas: MessageArea[]): Promise<V> {
  const [loaded] = await Promise.all([code, loadMessages('shared', ...areas)]);
  return loaded;
}

export const SERVICES: readonly ServiceUi[] = [
  service({
    view: 'diagram',
    selected: (app) => app,
    key: () => 'diagram',
    workbench: () => view(import('./diagram/DiagramWorkbench.svelte'), 'diagram'),
  }),
  service({
    view: 'functions',
    nav: FunctionNav,
    selected: (app) => app.selected,
    key: (fn) => fn.name,
    // A function's view is the first thing most visits show, so it is in the main bundle.
    workbench: async () => ({ default: FunctionWorkbench }),
    empty: { title: 'shell.noFunctionSelected', hint: 'shell.noFunctionHint' },
  }),
  service({
    view: 'apis',
    nav: ApiNav,
    selected: (app) => (app.selectedApiId ? app.apis.find(app.selectedApiId) : undefined),
    key: (api) => api.id,
    workbench: () => view(import('./apis/ApiWorkbench.svelte'), 'apis'),
    empty: { title: 'shell.noApiSelected', hint: 'shell.noApiHint' },
  }),
  service({
    view: 'buckets',
    nav: BucketNav,
    selected: (app) => app.services.buckets.buckets.find((b) => b.name === app.services.buckets.selected),
    key: (bucket) => bucket.name,
    workbench: () => view(import('./buckets/BucketWorkbench.svelte'), 'buckets'),
    empty: { title: 'shell.noBucketSelected', hint: 'shell.noBucketHint' },
  }),
  service({
    view: 'tables',
    nav: TableNav,
    selected: (app) => app.services.tables.tables.find((t) => t.name === app.services.tables.selected),
    key: (table) => table.name,
    workbench: () => view(import('./tables/TableWorkbench.svelte'), 'tables'),
    empty: { title: 'shell.noTableSelected', hint: 'shell.noTableHint' },
  }),
  service({
    view: 'queues',
    nav: QueueNav,
    selected: (app) => app.services.queues.queues.find((q) => q.name === app.services.queues.selected),
    key: (queue) => queue.name,
    workbench: () => view(import('./queues/QueueWorkbench.svelte'), 'queues'),
    empty: { title: 'shell.noQueueSelected', hint: 'shell.noQueueHint' },
  }),
  service({
    view: 'topics',
    nav: TopicNav,
    selected: (app) => app.services.topics.topics.find((t) => t.name === app.services.topics.selected),
    key: (topic) => topic.name,
    workbench: () => view(import('./topics/TopicWorkbench.svelte'), 'topics', 'queues'),
    empty: { title: 'shell.noTopicSelected', hint: 'shell.noTopicHint' },
  }),
  service({
    view: 'rules',
    nav: RuleNav,
    selected: (app) => app.services.rules.rules.find((r) => r.Name === app.services.rules.selected),
    key: (rule) => rule.Name,
    workbench: () => view(import('./rules/RuleWorkbench.svelte'), 'rules', 'diagnostics'),
    empty: { title: 'shell.noRuleSelected', hint: 'shell.noRuleHint' },
  }),
  service({
    view: 'cloudwatch',
    nav: CloudWatchNav,
    selected: (app) => (app.services.cloudwatch.page ? app.services.cloudwatch : undefined),
    key: (view) => view.page ?? '',
    workbench: () => view(import('./cloudwatch/CloudWatchWorkbench.svelte'), 'cloudwatch'),
    empty: { title: 'cloudwatch.noPageSelected', hint: 'cloudwatch.noPageHint' },
  }),
  service({
    view: 'site',
    nav: SiteNav,
    selected: (app) => app.site,
    key: () => 'site',
    workbench: () => view(import('./site/SiteWorkbench.svelte'), 'site'),
  }),
];
