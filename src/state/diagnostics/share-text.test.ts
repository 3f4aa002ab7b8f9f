// Every reason a share link cannot be opened has an English and a Korean message with its values filled
// in: in English the interface says exactly what the codec wrote.
import { afterAll, describe, expect, it } from 'vitest';
import { decodeShareLink, encodeShareLink } from '../../project/share-link';
import { SHARE_LINK_DETAILS, type ShareLinkDetail, type ShareLinkDetailCode } from '../../project/share-link-details';
import { smallProject } from '../../project/test-samples';
import { setLocale } from '../../i18n/i18n.svelte';
import { SHARE_DETAIL_CODES, shareLinkDetailText } from './share-text';

const markers = new Proxy({}, { get: (_, key) => (typeof key === 'string' ? `«${key}»` : undefined) });
const detailOf = (code: ShareLinkDetailCode) => ({ code, values: markers }) as ShareLinkDetail;
const english = (code: ShareLinkDetailCode) => (SHARE_LINK_DETAILS[code] as (values: object) => string)(markers);

afterAll(() => setLocale('en', false));

describe('share link details', () => {
  it('has a message for every code the codec has', () => {
    expect([...SHARE_DETAIL_CODES].sort()).toEqual(Object.keys(SHARE_LINK_DETAILS).sort());
  });

  it('says each in English as the codec does, and in Korean with the same values', async () => {
    await setLocale('en', false);
    for (const code of SHARE_DETAIL_CODES) expect(shareLinkDetailText(detailOf(code))).toBe(english(code));
    await setLocale('ko', false);
    for (const code of SHARE_DETAIL_CODES) {
      const korean = shareLinkDetailText(detailOf(code));
      expect(korean).toMatch(/[가-힣]/);
      for (const marker of english(code).match(/«\w+»/g) ?? []) expect(korean, `${code} ${marker}`).toContain(marker);
    }
  });

  it('gives a cut-off link the truncated detail, in either language', async () => {
    const link = await encodeShareLink(smallProject());
    const decoded = await decodeShareLink(link.slice(0, -10));
    if (decoded.ok) throw new Error('a cut-off link opened');
    expect(decoded.detail).toEqual({ code: 'truncated', values: {} });
    await setLocale('en', false);
    expect(shareLinkDetailText(decoded.detail)).toBe(decoded.message);
    await setLocale('ko', false);
    expect(shareLinkDetailText(decoded.detail)).toBe('이 링크는 완전하지 않습니다. 복사하는 중에 잘렸을 수 있습니다. 링크 전체나 프로젝트 파일을 요청하세요.');
  });

  it('gives a link of a newer codec its format and the one this playground reads', async () => {
    const decoded = await decodeShareLink('p9.1.1.00000000.x');
    if (decoded.ok) throw new Error('opened');
    expect(decoded.detail).toEqual({ code: 'newerLink', values: { format: '9', supported: 3 } });
    await setLocale('ko', false);
    expect(shareLinkDetailText(decoded.detail)).toContain('링크 형식 9');
  });
});
