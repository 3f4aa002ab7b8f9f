// Types for find-browser.mjs, used by playwright.config.ts.
export declare const BROWSER_ENV: string;
export declare function findBrowser(): { path: string | undefined; source: string };
