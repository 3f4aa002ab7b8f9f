// A click on a diagram node opens that resource where the sidebar would: its service's view, with it selected.
import type { Playground } from '../playground.svelte';
import type { DiagramSelection } from './diagram-types';

export function selectResource(app: Playground, { kind, name }: DiagramSelection): void {
  const services = app.services;
  switch (kind) {
    case 'function': app.select(name); app.view = 'functions'; return;
    case 'api': app.selectedApiId = name; app.view = 'apis'; return;
    case 'bucket': services.buckets.selected = name; app.view = 'buckets'; return;
    case 'table': services.tables.selected = name; app.view = 'tables'; return;
    case 'queue': services.queues.selected = name; app.view = 'queues'; return;
    case 'topic': services.topics.selected = name; app.view = 'topics'; return;
    case 'rule': services.rules.selected = name; app.view = 'rules'; return;
  }
}
