// DynamoDB 패널의 한국어 레이블: 사이드바, 테이블 도구 모음, 항목, 스트림, 트리거.
import type { Messages } from '../types';

export const tables: Messages<typeof import('../en/tables').tables> = {

  'tables.sections': '테이블 섹션',
  'tables.tabItems': (count) => `항목(${count})`,
  'tables.tabStreamOff': '스트림(꺼짐)',
  'tables.tabTriggers': (count) => `트리거(${count})`,
  'tables.partitionKeyLower': '파티션 키',
  'tables.sortKeyLower': '정렬 키',
  'tables.onDemand': '온디맨드',
  'tables.provisioned': '프로비저닝됨',
  'tables.deleteAsk': (name) => `${name}을(를) 삭제할까요?`,
  'tables.deleteConfirm': (name) => `테이블 *${name}*과(와) 모든 항목을 삭제할까요?`,
  'tables.deleteTable': '테이블 삭제',
  'tables.deleteTableEllipsis': '테이블 삭제…',

  'tables.items': '항목',
  'tables.itemCount': (count) => `항목 ${count}개`,
  'tables.firstShown': (shown) => ` (처음 ${shown}개 표시)`,
  'tables.createItem': '+ 항목 생성',
  'tables.itemJsonHelp':
    'DynamoDB JSON 형식의 항목입니다. 각 속성은 유형을 담은 객체입니다. 예: `{ "S": "text" }`, `{ "N": "42" }`, `{ "BOOL": true }`, `{ "L": [...] }`, `{ "M": {...} }`. 이미 있는 키로 저장하면 항목을 바꿉니다(PutItem).',
  'tables.itemJson': '항목 JSON',
  'tables.saveItem': '항목 저장',
  'tables.noItems': '이 테이블에는 항목이 없습니다. 여기서 만들거나 함수에서 AWS SDK로 항목을 넣으세요.',
  'tables.attributes': '속성',
  'tables.actions': '작업',
  'tables.deleteItem': (key) => `항목 ${key} 삭제`,

  'tables.streamOn': '스트림 *켜짐*',
  'tables.copyStreamArn': '스트림 ARN 복사',
  'tables.turnOff': '끄기',
  'tables.streamIntro':
    '항목이 바뀔 때마다 레코드(INSERT, MODIFY, REMOVE)가 생기고, 순서대로 24시간 보관됩니다. 함수는 이벤트 소스 매핑(*트리거* 탭)으로 레코드를 읽습니다.',
  'tables.noRecords': '아직 레코드가 없습니다. 항목을 넣거나 수정하거나 삭제해 보세요.',
  'tables.streamOff': '스트림이 *꺼져* 있습니다. 켜면 테이블 항목의 모든 변경을 기록해 함수가 처리할 수 있습니다.',
  'tables.viewType': '보기 유형',
  'tables.turnOnStream': '스트림 켜기',

  'tables.triggers': '트리거',
  'tables.triggersNeedStream': '함수는 테이블의 변경을 스트림에서 읽습니다. 먼저 *스트림* 탭에서 스트림을 켜세요.',
  'tables.noTriggers': '아직 이 스트림을 읽는 함수가 없습니다.',
  'tables.triggersIntro': 'Lambda가 스트림을 폴링해 레코드 배치로 함수를 순서대로 호출합니다. 실패한 배치는 재시도되며 그 뒤의 레코드는 대기합니다.',
  'tables.trigger': '트리거',
  'tables.batchSize': '배치 크기',
  'tables.batchWindow': '배치 기간(초)',
  'tables.startingPosition': '시작 위치',
  'tables.latestOption': 'LATEST (새 레코드)',
  'tables.trimHorizonOption': 'TRIM_HORIZON (보관된 모든 레코드)',
  'tables.retryAttempts': '재시도 횟수',
  'tables.retryAttemptsTitle': '-1: 레코드가 만료될 때까지',
  'tables.reportFailures': '배치 항목 실패 보고',
  'tables.splitBatch': '오류 시 배치 분할',
  'tables.roleHint': (functionName) =>
    `함수는 실행 역할로 스트림을 읽습니다. *${functionName}*의 역할에 스트림 읽기 작업(AWSLambdaDynamoDBExecutionRole 정책이 부여하는 것과 같은)을 추가할까요?`,
};
