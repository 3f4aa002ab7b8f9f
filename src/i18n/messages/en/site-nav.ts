// English labels of the front end's sidebar entry and the notices its always-loaded state gives; the front-end view's own are in site.ts.
export const siteNav = {
  'site.frontEnd': 'Front end',
  'site.frontEndEntry': (path: string) => `Front end ${path}`,
  'site.fileCount': (count: number) => `${count} file${count === 1 ? '' : 's'}`,
  'site.notCreated': 'not created yet',
  'site.fileNameChars': 'Use letters, digits, ".", "-", "_" and "/" for site file names.',
};
