// 헤더, 사이드바 등 모든 패널을 둘러싼 화면의 한국어 레이블.
import type { Messages } from '../types';

export const shell: Messages<typeof import('../en/shell').shell> = {
  'shell.language': '언어',
  'shell.languageSwitch': '인터페이스 언어 바꾸기',
};
