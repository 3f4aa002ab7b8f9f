// API 사이드바 항목과 항상 로드되는 상태가 보내는 알림의 한국어 레이블.
import type { Messages } from '../types';

export const apisNav: Messages<typeof import('../en/apis-nav').apisNav> = {
  'apis.invalidMethod': (method) => `"${method}"은(는) 올바른 HTTP 메서드가 아닙니다.`,
  'apis.pathLeavesApi': '경로가 API 밖으로 벗어납니다(".."가 너무 많음).',
  'apis.invalidHeaderName': (name) => `"${name}"은(는) 올바른 헤더 이름이 아닙니다.`,
  'apis.apiGone': '이 API는 더 이상 없습니다.',
  'apis.apiIdGone': '이 프로젝트에는 이 ID의 API가 더 이상 없습니다.',
  'apis.requestNameMissing': '요청 이름을 입력하세요.',
  'apis.requestNameTooLong': (max) => `요청 이름은 최대 ${max}자입니다.`,
  'apis.navTitle': 'API',
  'apis.newApi': '새 API',
  'apis.navEmpty': '아직 API가 없습니다. HTTP로 함수를 호출하려면 API를 생성하세요.',
  'apis.apiName': 'API 이름',
  'apis.type': '유형',
  'apis.apiType': 'API 유형',
  'apis.createApi': 'API 생성',
  'apis.kindUrl': '함수 URL',
  'apis.kindHttpHint': 'GET /items/{id} 같은 라우팅, 기본 페이로드 2.0, CORS와 권한 부여자.',
  'apis.kindRestHint': '페이로드 1.0, 이름 있는 스테이지(prod), API 키와 권한 부여자.',
  'apis.kindUrlHint': 'URL 하나에 함수 하나, 페이로드 2.0, 라우팅과 스테이지 없음.',
  'apis.restoreFailed': (name, problem) => `API ${name}을(를) 복원하지 못했습니다: ${problem}. 저장된 작업에는 그대로 남아 있습니다.`,
};
