// English labels of the code editor: while it loads, and when it cannot.
export const editor = {
  'editor.loading': 'Loading editor…',
  'editor.failed': (reason: string) => `The editor could not load: ${reason}`,
};
