import { expect, it } from 'vitest';
import { loadMarkdown } from './markdown';

it('renders Markdown and keeps raw HTML and script links inert', async () => {
  const render = await loadMarkdown();
  expect(render('Open **Configuration**, set `256`.')).toBe('<p>Open <strong>Configuration</strong>, set <code>256</code>.</p>');
  expect(render('<img src=x onerror=alert(1)>')).not.toContain('<img');
  expect(render('[click](javascript:alert(1))')).not.toContain('javascript:');
});
