// Unit tests read messages of any area without mounting the view that would load it: load them all.
import { loadEveryMessage } from './i18n.svelte';

await loadEveryMessage();
