// Every Korean message. Typed against the English set: a key missing here fails the type check.
// Loaded on demand, so English-speaking visitors do not download it.
import type { EnglishMessages } from '../en';
import type { Messages } from '../types';
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
import { cloudwatchMetrics } from './cloudwatch-metrics';
import { faults } from './faults';
import { cloudwatchLogs } from './cloudwatch-logs';
import { cloudwatchTraces } from './cloudwatch-traces';
import { diagnosticsRules } from './diagnostics-rules';
import { diagnosticsSam } from './diagnostics-sam';
import { diagnosticsShare } from './diagnostics-share';
import { diagnosticsIam } from './diagnostics-iam';

export const ko: Messages<EnglishMessages> = { ...shell, ...site, ...projectsShare, ...projects, ...functionsAsync, ...functionsPermissions, ...functionsConfig, ...functions, ...shared, ...gallery, ...diagram, ...lessons, ...editor, ...apis, ...apisAccess, ...apisConsole, ...buckets, ...bucketsNotifications, ...tables, ...queues, ...queuesSettings, ...topics, ...rules, ...cloudwatch, ...cloudwatchMetrics, ...faults, ...cloudwatchLogs, ...cloudwatchTraces, ...diagnosticsRules, ...diagnosticsSam, ...diagnosticsShare, ...diagnosticsIam };
