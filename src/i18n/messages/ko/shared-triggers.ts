// 첫 화면 밖의 서비스 화면이 함께 쓰는 한국어 레이블: 편집 버튼, 이름/값 행, 트리거 추가 양식, 이벤트 소스 매핑 카드.
import type { Messages } from '../types';

const MAPPING_STATES: Record<string, string> = {
  Enabled: '활성화됨', Disabled: '비활성화됨', Creating: '생성 중', Enabling: '활성화 중', Disabling: '비활성화 중', Updating: '업데이트 중', Deleting: '삭제 중',
};
const OUTCOMES: Record<string, string> = {
  ok: '성공', 'partial-failure': '일부 레코드 실패', 'function-error': '함수 오류', throttled: '제한됨',
  'system-error': '호출할 수 없음', discarded: '포기함(실패 시 대상으로 전송)',
};

export const sharedTriggers: Messages<typeof import('../en/shared-triggers').sharedTriggers> = {
  'shared.save': '저장',
  'shared.saving': '저장 중…',
  'shared.deleteEllipsis': '삭제…',
  'shared.remove': '제거',
  'shared.close': '닫기',
  'shared.edit': '편집',
  'shared.rename': '이름 바꾸기',
  'shared.copy': '복사',
  'shared.copied': '복사됨',
  'shared.copyBlocked': '복사 차단됨',
  'shared.namePlaceholder': '이름',
  'shared.valuePlaceholder': '값',
  'shared.rowName': (noun, row) => `${noun} ${row} 이름`,
  'shared.rowValue': (noun, row) => `${noun} ${row} 값`,
  'shared.rowRemove': (noun, row) => `${noun} ${row} 제거`,
  'shared.rowAdd': (noun) => `+ ${noun}`,
  'shared.addTrigger': '+ 트리거 추가',
  'shared.newTrigger': '새 트리거',
  'shared.addRolePermissions': '역할에 권한 추가',
  'shared.addTriggerSubmit': '트리거 추가',
  'shared.mappingLabel': (source, functionName) => `트리거 ${source} → ${functionName}`,
  'shared.mappingState': (state) => MAPPING_STATES[state] ?? state,
  'shared.enable': '활성화',
  'shared.disable': '비활성화',
  'shared.deleteTrigger': '트리거 삭제',
  'shared.mappingBatch': (size, window) => `배치 ${size} · 기간 ${window}초`,
  'shared.mappingAtMost': (count) => ` · 동시에 최대 ${count}개`,
  'shared.mappingFrom': (position) => ` · 시작 위치 ${position}`,
  'shared.mappingRetries': (retries) => ` · 재시도 ${retries}`,
  'shared.mappingBisect': ' · 오류 시 배치 분할',
  'shared.mappingOnFailure': ' · 실패 시 → ',
  'shared.mappingReportsFailures': ' · 배치 항목 실패 보고',
  'shared.mappingLastResult': '마지막 결과',
  'shared.mappingLastBatch': '마지막 배치',
  'shared.mappingBatchSummary': (size, queue, outcome, time) => `${queue ? '메시지' : '레코드'} ${size}개, ${outcome}, ${time}`,
  'shared.mappingOutcome': (outcome) => OUTCOMES[outcome] ?? outcome,
  'shared.mappingBatchesRunning': '실행 중인 배치',
  'shared.mappingBatchesText': (running, concurrency, age) => `${concurrency}개 중 ${running}개 · 가장 오래된 메시지 ${age}`,
  'shared.mappingIteratorAge': '반복기 수명',
  'shared.mappingBlocked': (retries) => ` · 차단됨, 재시도 ${retries}`,
  'shared.mappingLastError': '마지막 오류',
};
