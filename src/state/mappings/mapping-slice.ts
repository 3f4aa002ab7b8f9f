// Lambda's event source mappings as a slice of the project document (restored after the tables,
// whose streams they read).
import type { EventSourceMappingExport } from '../../engine/lambda/event-source-mappings/types';
import type { ServiceSlice } from '../projects/service-slice';
import { t } from '../../i18n/i18n.svelte';

export const mappingSlice: ServiceSlice = {
  key: 'eventSourceMappings',
  read: (engine) => engine.lambda.exportEventSourceMappings(),
  restore: (engine, mapping) => engine.lambda.importEventSourceMapping(mapping as EventSourceMappingExport),
  describe: (mapping) => {
    const m = mapping as Partial<EventSourceMappingExport> | undefined;
    return t('mappings.describe', m?.FunctionName ?? t('mappings.aFunction'), m?.EventSourceArn ?? t('mappings.aStream'));
  },
  changedBy: ['event-source-mappings-changed'],
};
