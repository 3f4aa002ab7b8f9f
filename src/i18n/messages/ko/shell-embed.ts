// 공유 링크로 여는 임베드 화면(함수 하나, 코드, 실행 버튼)의 한국어 레이블.
import type { Messages } from '../types';

export const shellEmbed: Messages<typeof import('../en/shell-embed').shellEmbed> = {
  'shell.embedFunction': '함수',
  'shell.embedRunTitle': '테스트 이벤트로 함수 호출',
  'shell.embedRunning': '실행 중…',
  'shell.embedRun': '▶ 실행',
  'shell.embedOpenFull': 'Serverless Playground에서 열기 ↗',
  'shell.embedCodePreview': '코드(실행 전까지 읽기 전용)',
  'shell.embedFromLink': '이 코드는 링크에서 왔습니다. *실행*을 눌러야 브라우저에서 실행됩니다.',
  'shell.embedNoFunction': '링크에 함수가 없습니다.',
  'shell.embedPressRun': '*실행*을 누르면 테스트 이벤트로 함수를 호출합니다.',
  'shell.embedLogsAppear': '로그가 여기에 표시됩니다.',
  'shell.embedLoading': '프로젝트 로드 중…',
  'shell.embedEmpty': '이 프로젝트에는 아직 함수가 없습니다.',
};
