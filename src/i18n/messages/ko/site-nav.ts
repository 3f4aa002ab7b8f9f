// 프런트엔드 사이드바 항목과 항상 로드되는 상태가 보내는 알림의 한국어 레이블.
import type { Messages } from '../types';

export const siteNav: Messages<typeof import('../en/site-nav').siteNav> = {
  'site.frontEnd': '프런트엔드',
  'site.frontEndEntry': (path) => `프런트엔드 ${path}`,
  'site.fileCount': (count) => `파일 ${count}개`,
  'site.notCreated': '아직 만들지 않음',
  'site.fileNameChars': '사이트 파일 이름에는 문자, 숫자, ".", "-", "_", "/"만 쓸 수 있습니다.',
};
