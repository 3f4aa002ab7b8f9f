// What the Logs page marks in a line for each kind of filter pattern.
import { describe, expect, it } from 'vitest';
import { highlightTerms, segments } from './logs-highlight';

describe('highlighting matches', () => {
  it('marks the terms and phrases of an unstructured pattern, not the excluded ones', () => {
    expect(highlightTerms('ERROR "bad request" ?WARN -DEBUG')).toEqual(['ERROR', 'bad request', 'WARN']);
    expect(segments('ERROR: bad request, ERROR again', ['ERROR', 'bad request'])).toEqual([
      { text: 'ERROR', match: true }, { text: ': ', match: false }, { text: 'bad request', match: true }, { text: ', ', match: false },
      { text: 'ERROR', match: true }, { text: ' again', match: false },
    ]);
  });

  it('marks the values a JSON or space-delimited pattern compares', () => {
    expect(highlightTerms('{ $.level = "error" || $.code >= 500 }')).toEqual(['error']);
    expect(highlightTerms('{ $.ip = 10.0.* }')).toEqual(['10.0.']);
    expect(highlightTerms('[ip, ..., status = 404]')).toEqual(['404']);
  });

  it('marks nothing for a pattern that does not parse, and leaves the line whole', () => {
    expect(highlightTerms('user@example.com')).toEqual([]);
    expect(segments('plain', [])).toEqual([{ text: 'plain', match: false }]);
  });
});
