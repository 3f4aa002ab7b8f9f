// The bridge's English reasons come out in the interface language, word for word in English.
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../i18n/i18n.svelte';
import { urlProblemText } from './url-status';

const LATE = 'The service worker did not take control of this page within 15 s (it is still installing); reload the page to give APIs and sites their URLs.';

describe('urlProblemText', () => {
  afterEach(() => setLocale('en', false));

  it('gives the English reasons unchanged in English', () => {
    expect(urlProblemText(LATE)).toBe(LATE);
    expect(urlProblemText('The service worker could not be registered: SecurityError: nope')).toBe('The service worker could not be registered: SecurityError: nope');
    expect(urlProblemText('something new')).toBe('something new');
  });

  it('translates each reason it knows, keeping the browser’s own error', async () => {
    await setLocale('ko', false);
    expect(urlProblemText(LATE)).toBe('서비스 워커가 15초 안에 이 페이지를 제어하지 못했습니다(아직 설치 중). 페이지를 새로 고치면 API와 사이트에 URL이 생깁니다.');
    expect(urlProblemText('The service worker could not be registered: SecurityError: nope')).toBe('서비스 워커를 등록하지 못했습니다: SecurityError: nope');
    expect(urlProblemText('something new')).toBe('something new');
  });
});
