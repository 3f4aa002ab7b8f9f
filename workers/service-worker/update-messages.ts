// Messages a playground tab sends the service worker about updates (shared by both sides).

/**
 * Asks a waiting service worker (a new version, installed while an older one controls the
 * open tabs) to take over now; the tab then reloads into the new version.
 */
export const PLAYGROUND_SKIP_WAITING = 'playground-skip-waiting';
