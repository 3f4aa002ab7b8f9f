// 함수의 비동기 호출 탭(설정, 시간 배율, 이벤트 대기열, 최근 단계)의 한국어 레이블.
import type { Messages } from '../types';

const KINDS: Record<string, string> = {
  queued: '대기열에 추가', attempt: '시도', 'retry-scheduled': '재시도 예약', succeeded: '성공', failed: '실패', dropped: '삭제됨',
};
const STATUSES: Record<string, string> = { pending: '대기 중', 'in-flight': '실행 중', retrying: '재시도 대기' };

export const functionsAsync: Messages<typeof import('../en/functions-async').functionsAsync> = {
  'functions.asyncInvocation': '비동기 호출',
  'functions.timeScaleLegend': '플레이그라운드 시간 배율',
  'functions.timeScale': '시간 배율',
  'functions.timeScaleHint': (scale) =>
    `AWS에서 Lambda는 실패한 비동기 이벤트를 약 1분 후, 그다음 2분 후에 다시 시도하고, 최대 수명보다 오래된 이벤트는 버립니다. 플레이그라운드는 이 대기 시간을 ${scale}배 빠르게 진행합니다${scale === 60 ? '(1분이 1초)' : scale === 600 ? '(1분이 0.1초)' : ''}. 이 배율은 헤더에 있는 플레이그라운드 시계의 속도이며, 일정과 대기열에도 함께 적용됩니다.`,
  'functions.sendAsync': '테스트 이벤트를 비동기로 보내기',
  'functions.sendAsyncHint': '`InvocationType: "Event"`: Lambda는 즉시 202로 응답하고 이벤트를 대기열에 넣습니다.',
  'functions.testEventNotJsonDetail': (line, column, message) => `테스트 이벤트가 올바른 JSON이 아닙니다(${line}행 ${column}열): ${message}`,
  'functions.eventAccepted': (name) => `Lambda가 ${name}의 이벤트를 수락했습니다(202). 이벤트가 대기열에 있습니다.`,
  // 설정
  'functions.asyncSettings': '비동기 호출 설정',
  'functions.asyncSaved': (name) => `${name}의 비동기 호출 설정을 저장했습니다.`,
  'functions.asyncConfigured': '이 함수(한정자 없음)에 구성되어 있습니다.',
  'functions.asyncNotConfigured': '구성되지 않음: Lambda 기본값이 적용됩니다(재시도 2회, 이벤트 6시간 보관, 대상 없음).',
  'functions.retryAttempts': '재시도 횟수',
  'functions.maxEventAge': '최대 이벤트 수명(초)',
  'functions.maxEventAgeLabel': '최대 이벤트 수명(초 단위)',
  'functions.onSuccess': '성공 시',
  'functions.onFailure': '실패 시',
  'functions.destination': (condition) => `${condition} 대상`,
  'functions.asyncLimits':
    '재시도 0–2회, 수명 60–21600초(1분~6시간). 대상 함수는 호출 레코드를 받습니다: 요청, 응답 또는 오류, 그리고 그 이유(`RetriesExhausted`, `EventAgeExceeded`, …).',
  'functions.resetDefaults': '기본값으로 재설정',
  // 최근 단계
  'functions.recentAsyncEvents': '최근 비동기 이벤트',
  'functions.recursionStopped':
    '*RecursiveInvocationException* — Lambda가 재귀 루프를 중지했습니다. 이 함수는 하나의 이벤트로 시작된 요청 체인에서 16번 호출되었습니다(예: 자신을 트리거하는 버킷에 쓰는 함수). 그래서 Lambda는 다음 호출을 실행하지 않고 중지했습니다.',
  'functions.recursionToDestination': '이벤트는 실패 시 대상으로 전송되었습니다.',
  'functions.asyncNothingYet': '아직 없습니다. 이벤트를 비동기로 보내거나 버킷 알림을 이 함수에 연결하세요.',
  'functions.asyncKind': (kind) => KINDS[kind] ?? kind,
  // 이벤트 대기열
  'functions.eventQueue': '이벤트 대기열',
  'functions.eventQueueCount': (count) => `이벤트 대기열 (${count})`,
  'functions.requestIdColumn': '요청 ID',
  'functions.status': '상태',
  'functions.attempts': '시도',
  'functions.nextAttempt': '다음 시도',
  'functions.origin': '출처',
  'functions.lastError': '마지막 오류',
  'functions.queueStatus': (status) => STATUSES[status] ?? status,
  'functions.attemptsOf': (attempts, maximum, throttles) => `${maximum}회 중 ${attempts}회${throttles ? ` (제한 ${throttles}회)` : ''}`,
  'functions.inTime': (time) => `${time} 후`,
  'functions.onLambdaClock': (wait) => `(Lambda 시간으로 ${wait})`,
  'functions.ageOf': (maximum) => `/ ${maximum}`,
  'functions.queueEmpty': '비어 있음: 대기 중이거나 실행 중이거나 재시도를 기다리는 이벤트가 없습니다.',
};
