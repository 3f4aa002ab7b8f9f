// 프런트엔드(사이드바 항목, 파일 편집기, 미리 보기)의 한국어 레이블.
import type { Messages } from '../types';

export const site: Messages<typeof import('../en/site').site> = {
  'site.servedAt': '이 출처의 `/_site/`에서 제공되며, API는 `/_api/`에 있습니다',
  'site.emptyTitle': 'API를 위한 웹 페이지',
  'site.emptyIntro':
    '프런트엔드는 플레이그라운드가 `/_site/`에서 제공하는 작은 정적 사이트(HTML, CSS, JavaScript)입니다. 스크립트는 평범한 `fetch()`로 API를 호출하고, 플레이그라운드의 서비스 워커가 각 요청을 API Gateway를 거쳐 함수로 보냅니다. 모든 과정이 이 브라우저 탭 안에서 일어나며, 모든 요청은 API 콘솔에 표시됩니다.',
  'site.starterCalls': (api, path) => `시작 페이지는 \`${path}\`에서 *${api}*을(를) 호출합니다.`,
  'site.noApiYet': '아직 API가 없습니다. 시작 페이지에는 API를 만든 후 바꿔 넣을 임시 URL이 들어갑니다.',
  'site.createStarter': '시작용 프런트엔드 만들기',
  'site.siteFiles': '사이트 파일',
  'site.fileNoun': '사이트 파일',
  'site.siteFile': (path) => `사이트 파일 ${path}`,
  'site.noFileOpen': '열린 파일이 없습니다. *+ 파일*로 추가하세요. `index.html`은 `/_site/`의 페이지입니다.',
  'site.preview': '미리 보기',
  'site.reloadTitle': '페이지 다시 로드',
  'site.reload': '다시 로드',
  'site.openNewTab': '새 탭에서 열기 ↗',
  'site.previewTitle': '프런트엔드 미리 보기',
  'site.paused': '페이지의 스크립트는 플레이그라운드와 같은 출처에서 실행되므로, 링크에서 온 코드답게 미리 보기는 사용자가 실행할 때까지 기다립니다.',
  'site.runPage': '페이지 실행',
};
