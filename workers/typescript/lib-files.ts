// The standard library declarations the editor's TypeScript checks handlers against: ECMAScript
// up to ES2023 (what Node.js 20, the oldest runtime offered, implements) and no DOM, since
// handlers run in Node.js. Bundled as text from the typescript package, so they work offline.

const texts = import.meta.glob<string>(
  ['../../node_modules/typescript/lib/lib.{es5,es2015*,es2016*,es2017*,es2018*,es2019*,es2020*,es2021*,es2022*,es2023*,decorators*}.d.ts', '!**/*.full.d.ts'],
  { query: '?raw', import: 'default', eager: true },
);

/** The `lib` setting that pulls in the files below (each references the year before it). */
export const LIB = 'lib.es2023.d.ts';

/** File name → text, at the root of the virtual file system as TypeScript's default lib location expects. */
export const LIB_FILES: ReadonlyMap<string, string> = new Map(
  Object.entries(texts).map(([path, text]) => [`/${path.slice(path.lastIndexOf('/') + 1)}`, text]),
);
