// 공유(공유 대화 상자, 공유 링크의 읽기 전용 보기, 열 수 없는 링크 안내)의 한국어 레이블.
import type { Messages } from '../types';

/** Advice on a link's length, by the level the project module judged it at. */
const SHARE_ADVICE: Record<string, (characters: string) => string> = {
  ok: (characters) => `링크 길이는 ${characters}자로, 어디에 붙여 넣어도 될 만큼 짧습니다.`,
  long: (characters) => `링크 길이는 ${characters}자입니다. 브라우저에서는 열리지만 일부 채팅 앱과 이메일 클라이언트는 이렇게 긴 링크를 자를 수 있습니다.`,
  'very-long': (characters) =>
    `링크 길이는 ${characters}자입니다. 브라우저에서는 열리지만 많은 채팅 앱, 이메일 클라이언트, 링크 미리 보기가 이렇게 긴 링크를 자르거나 거부합니다. 안전하게 하려면 프로젝트를 파일로 공유하세요(내보내기 → JSON 또는 zip).`,
  'too-long': (characters) =>
    `링크 길이는 ${characters}자로, Chromium이 URL에 허용하는 2 MB를 넘어 열 수 없습니다. 프로젝트를 파일로 공유하세요(내보내기 → JSON 또는 zip).`,
};

export const projectsShare: Messages<typeof import('../en/projects-share').projectsShare> = {
  'projects.shareTitle': (name) => `${name} 공유`,
  'projects.makingLink': '링크를 만드는 중…',
  'projects.shareIntro':
    '코드, 설정, 테스트 이벤트, API 등 프로젝트 전체가 압축되어 링크 안에 담기며, 아무것도 업로드되지 않습니다. 링크를 연 사람은 먼저 코드를 보게 되고, 자기 프로젝트로 열기 전에는 아무것도 실행되지 않습니다.',
  'projects.link': '링크',
  'projects.characters': (count) => `${count}자`,
  'projects.shareLinkLabel': '공유 링크',
  'projects.copyLink': '링크 복사',
  'projects.openNewTab': '새 탭에서 열기 ↗',
  'projects.shareAdvice': (level, characters, english) => SHARE_ADVICE[level]?.(characters) ?? english,
  'projects.downloadInstead': '대신 프로젝트 파일 다운로드',
  'projects.downloadZip': 'zip으로 다운로드',
  'projects.embed': '페이지에 삽입',
  'projects.embedHint': '블로그 글이나 강의 페이지에 넣는 간단한 레이아웃(편집기, 실행, 출력)입니다. 읽는 사람이 실행을 눌러야 코드가 실행됩니다.',
  'projects.embedCode': '삽입 코드',
  'projects.copyEmbed': '삽입 코드 복사',
  // 공유 링크의 프로젝트(읽기 전용)
  'projects.openingShared': '공유된 프로젝트를 여는 중…',
  'projects.sharedReadOnly': '공유된 프로젝트 · 읽기 전용.',
  'projects.sharedNote': '아직 아무것도 실행되지 않았습니다. *내 프로젝트로 열기*를 누르면 내 프로젝트에 추가되고(기존 프로젝트는 바뀌지 않음) 배포되어 실행할 수 있습니다.',
  'projects.opening': '여는 중…',
  'projects.openAsMine': '내 프로젝트로 열기',
  'projects.backToMine': '내 프로젝트로 돌아가기',
  'projects.functionsCount': (count) => `함수 (${count})`,
  'projects.environment': '환경 변수:',
  'projects.testEvents': '테스트 이벤트:',
  'projects.codeReadOnly': (functionName, path) => `${functionName}/${path} 코드(읽기 전용)`,
  'projects.noFunctions': '함수가 없습니다.',
  'projects.apisCount': (count) => `API (${count})`,
  'projects.apiKind': (kind) => (kind === 'url' ? '함수 URL' : kind === 'http' ? 'HTTP API' : 'REST API'),
  'projects.bucketsCount': (count) => `S3 버킷 (${count})`,
  'projects.frontEnd': '프런트엔드',
  'projects.notServed': '프로젝트를 내 것으로 열고 페이지 실행을 누르기 전에는 제공되지 않습니다.',
  'projects.noSiteFiles': '사이트 파일이 없습니다.',
  // 열 수 없는 링크: 설명 앞의 제목
};
