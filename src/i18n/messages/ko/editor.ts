// 코드 편집기의 한국어 레이블: 불러오는 동안, 그리고 불러오지 못했을 때.
import type { Messages } from '../types';

export const editor: Messages<typeof import('../en/editor').editor> = {
  'editor.loading': '편집기를 불러오는 중…',
  'editor.failed': (reason) => `편집기를 불러오지 못했습니다: ${reason}`,
};
