// Finds English left in a translated interface: every visible text, aria-label, title and placeholder
// under the given parts of the page, with the Latin words that are not names, codes or units.
// Each area's panels are walked by its own test; they all use untranslatedIn() and the allowlist here.
import { expect, type Locator, type Page } from '@playwright/test';

/** Words that stay as they are in every language: AWS and product names, formats, units, keys. */
export const ALLOWED_WORDS = [
  'AWS', 'Lambda', 'DynamoDB', 'EventBridge', 'CloudWatch', 'IAM', 'Deny', 'JSON', 'yaml', 'zip', 'HTML', 'CSS',
  'JavaScript', 'TypeScript', 'ESM', 'fetch', 'README', 'esbuild', 'wasm', 'Chromium', 'English',
  'MB', 'KB', 'ms', 'Ctrl', 'Cmd', 'Enter', 'ID', 'URL', 'UTC',
];

/** Phrases taken out before the words are looked at (a word of them alone would be suspicious). */
export const ALLOWED_PHRASES = [
  'CloudWatch Logs', 'API Gateway', 'Serverless Playground', 'Web Worker', 'Node.js', 'sam build', 'Hello world', 'Init Duration', 'x-api-key',
];

export interface Leftover {
  /** Where the text was found: `text`, `aria-label`, `title`, `placeholder` or `option`. */
  kind: string;
  /** The element, as a short CSS-like path for the report. */
  at: string;
  text: string;
  words: string[];
}

/**
 * The message keys the page read before their area was loaded (the interface writes a console
 * warning and shows nothing until the area arrives): a lazily loaded view that does not declare the
 * areas it speaks. Watch from the first navigation, expect none at the end.
 */
export function watchLateMessages(page: Page): string[] {
  const late: string[] = [];
  page.on('console', (message) => {
    const match = /^Message (\S+) was read before its area/.exec(message.text());
    if (match) late.push(match[1]!);
  });
  return late;
}

/**
 * Every visible text node, aria-label, title, placeholder and select option under `roots` whose
 * Latin words are not allowed. Code and names are skipped where the interface marks them
 * (`code`, `pre`, `kbd`, `.mono`, the code editor, `textarea`); the words of `names` (the project's
 * own names: functions, events, the project) are allowed too.
 */
export async function untranslatedIn(roots: Locator[], names: string[] = []): Promise<Leftover[]> {
  const nameWords = names.flatMap((name) => name.match(/[A-Za-z]+/g) ?? []);
  const found: Leftover[] = [];
  for (const root of roots) {
    // evaluateAll does not wait: a part that is not on screen (a faded notice) adds nothing.
    found.push(...(await root.evaluateAll(collect, { words: [...ALLOWED_WORDS, ...nameWords], phrases: ALLOWED_PHRASES })));
  }
  return unique(found);
}

/** The same leftover seen under two roots, or in two walks of one panel, is reported once. */
function unique(leftovers: Leftover[]): Leftover[] {
  const seen = new Set<string>();
  return leftovers.filter((f) => !seen.has(`${f.kind}|${f.at}|${f.text}`) && seen.add(`${f.kind}|${f.at}|${f.text}`));
}

/** Runs in the page: walks the root elements. Self-contained, as page functions must be. */
function collect(roots: Element[], allow: { words: string[]; phrases: string[] }): Leftover[] {
  const allowed = new Set(allow.words);
  const SKIP = 'code, pre, kbd, textarea, script, style, .mono, .cm-editor, svg';
  const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: false });
  const where = (el: Element) => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && parts.length < 4; e = e.parentElement) {
      const label = e.getAttribute('aria-label') ?? e.getAttribute('data-testid');
      parts.unshift(e.tagName.toLowerCase() + (label ? `[${label}]` : e.classList.length ? `.${[...e.classList].join('.')}` : ''));
    }
    return parts.join(' > ');
  };
  // A chunk with code marks, digits beside letters or inner capitals is a name or a code; a word in
  // capitals is an acronym or a code (API, ARN, INIT). Korean particles after a word are cut off first.
  const codeLike = (chunk: string) => /[./_:$@{}=<>[\]#+*\\|~^`]/.test(chunk) || (/\d/.test(chunk) && /[A-Za-z]/.test(chunk)) || /[a-z][A-Z]/.test(chunk);
  const latinWords = (text: string) => {
    let rest = text;
    for (const phrase of allow.phrases) rest = rest.split(phrase).join(' ');
    const words: string[] = [];
    for (const raw of rest.replace(/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]+/g, ' ').split(/\s+/)) {
      const chunk = raw.replace(/^[(“‘"'«[]+|[)”’"'»,.;:!?…\]]+$/g, '');
      if (!chunk || codeLike(chunk)) continue;
      for (const word of chunk.match(/[A-Za-z]+(?:['’][A-Za-z]+)*/g) ?? []) {
        if (word.length > 1 && !allowed.has(word) && !/^[A-Z]{2,}s?$/.test(word)) words.push(word);
      }
    }
    return words;
  };
  const out: Leftover[] = [];
  const check = (kind: string, el: Element, text: string | null) => {
    const value = text?.replace(/\s+/g, ' ').trim();
    if (!value) return;
    const words = latinWords(value);
    if (words.length) out.push({ kind, at: where(el), text: value, words });
  };

  const elements = roots.flatMap((root) => [root, ...root.querySelectorAll('*')]);
  for (const el of elements) {
    if (!visible(el)) continue;
    for (const attribute of ['aria-label', 'title']) check(attribute, el, el.getAttribute(attribute));
    // A code field's placeholder is an example of code (a name, a path, an ARN).
    if (!el.matches('.mono')) check('placeholder', el, el.getAttribute('placeholder'));
    if (el instanceof HTMLSelectElement) for (const option of el.options) check('option', el, option.text);
    if (el.closest(SKIP) || el.closest('select')) continue;
    for (const node of el.childNodes) if (node.nodeType === Node.TEXT_NODE) check('text', el, node.textContent);
  }
  return out;
}

/** Fails with the list of leftovers, printed one per line so the report says what to translate. */
export function expectNoLeftovers(found: Leftover[], panel: string): void {
  const leftovers = unique(found);
  if (leftovers.length) console.log(`English left in ${panel}:\n${leftovers.map((l) => `  [${l.kind}] ${l.at}: "${l.text}" (${l.words.join(', ')})`).join('\n')}`);
  expect(leftovers, `English left in ${panel}`).toEqual([]);
}
