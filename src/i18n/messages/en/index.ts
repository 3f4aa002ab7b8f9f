// Every English message, one module per area of the interface; the keys are the typed message keys.
import { shell } from './shell';
import { site } from './site';
import { projectsShare } from './projects-share';
import { projects } from './projects';
import { functionsAsync } from './functions-async';
import { functionsPermissions } from './functions-permissions';
import { functionsConfig } from './functions-config';
import { functions } from './functions';
import { shared } from './shared';
import { gallery } from './gallery';
import { diagram } from './diagram';
import { lessons } from './lessons';
import { editor } from './editor';
import { apis } from './apis';
import { apisAccess } from './apis-access';
import { apisConsole } from './apis-console';
import { buckets } from './buckets';
import { bucketsNotifications } from './buckets-notifications';
import { tables } from './tables';
import { queues } from './queues';
import { queuesSettings } from './queues-settings';
import { topics } from './topics';
import { rules } from './rules';
import { cloudwatch } from './cloudwatch';
import { cloudwatchTraces } from './cloudwatch-traces';

export const en = { ...shell, ...site, ...projectsShare, ...projects, ...functionsAsync, ...functionsPermissions, ...functionsConfig, ...functions, ...shared, ...gallery, ...diagram, ...lessons, ...editor, ...apis, ...apisAccess, ...apisConsole, ...buckets, ...bucketsNotifications, ...tables, ...queues, ...queuesSettings, ...topics, ...rules, ...cloudwatch, ...cloudwatchTraces };
export type EnglishMessages = typeof en;
