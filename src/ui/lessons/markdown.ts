// Lesson text as HTML: CommonMark through micromark, loaded on first use. micromark escapes raw HTML
// and drops unsafe link targets (javascript:, data:) by default, so a shared lesson cannot inject markup.
type Render = (markdown: string) => string;

let loading: Promise<Render> | undefined;

export function loadMarkdown(): Promise<Render> {
  loading ??= import('micromark').then(({ micromark }) => (markdown: string) => micromark(markdown));
  return loading;
}
