// 모든 서비스 패널이 함께 쓰는 구성 요소(버튼, 파일 탭, 함수 선택, 이름/값 행, 사이드바 섹션, 트리거 카드, 기간)의 한국어 레이블.
import type { Messages } from '../types';


export const shared: Messages<typeof import('../en/shared').shared> = {
  'shared.cancel': '취소',
  'shared.delete': '삭제',
  'shared.keep': '유지',
  'shared.add': '추가',
  'shared.clear': '지우기',
  'shared.none': '없음',
  'shared.create': '+ 생성',
  'shared.loadFailed': (reason) => `플레이그라운드의 이 부분을 불러오지 못했습니다(${reason}). 페이지를 다시 로드한 후 다시 시도하세요.`,
  // 기간
  'shared.seconds': (value) => `${value}초`,
  'shared.minutes': (value) => `${value}분`,
  'shared.hours': (value) => `${value}시간`,
  'shared.minutesSeconds': (minutes, seconds) => `${minutes}분 ${seconds}초`,
  // 복사 버튼
  // 파일 탭
  'shared.fileHasErrors': '오류 있음',
  'shared.removeFileNamed': (noun, path) => `${noun} ${path} 제거`,
  'shared.removeFile': '파일 제거',
  'shared.newFilePath': (noun) => `새 ${noun} 경로`,
  'shared.addFileTitle': '파일 추가',
  'shared.addFile': '+ 파일',
  'shared.fileExists': (path) => `${path}이(가) 이미 있습니다.`,
  // 함수 선택
  'shared.function': '함수',
  'shared.pickerFunction': (label) => `${label} 함수`,
  'shared.noFunctionsYet': '아직 함수 없음',
  'shared.missingFunction': (name) => `${name}(없음)`,
  'shared.aliasOrVersion': '별칭 또는 버전',
  'shared.pickerQualifier': (label) => `${label} 한정자`,
  'shared.latestUnqualified': '$LATEST(한정자 없음)',
  'shared.aliasNamed': (name) => `별칭 ${name}`,
  'shared.versionNamed': (version) => `버전 ${version}`,
  'shared.perStage': (value) => `${value}(스테이지별)`,
  // 이름/값 행
  // 트리거(이벤트 소스 매핑)
};
