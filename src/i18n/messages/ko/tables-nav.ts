// 테이블 사이드바 항목과 항상 로드되는 상태가 보내는 알림의 한국어 레이블.
import type { Messages } from '../types';

export const tablesNav: Messages<typeof import('../en/tables-nav').tablesNav> = {
  'tables.navLabel': '테이블',
  'tables.navTitle': 'DynamoDB 테이블',
  'tables.newTable': '새 테이블',
  'tables.navEmpty': '아직 테이블이 없습니다. 함수의 항목을 저장하려면 테이블을 생성하세요.',
  'tables.tableName': '테이블 이름',
  'tables.partitionKey': '파티션 키',
  'tables.sortKey': '정렬 키',
  'tables.type': '유형',
  'tables.partitionKeyType': '파티션 키 유형',
  'tables.sortKeyType': '정렬 키 유형',
  'tables.typeString': '문자열',
  'tables.typeNumber': '숫자',
  'tables.typeBinary': '이진',
  'tables.optional': '선택 사항',
  'tables.off': '끄기',
  'tables.onDemandNote': '온디맨드 용량(PAY_PER_REQUEST).',
  'tables.createTable': '테이블 생성',
  'tables.streamTitle': (viewType) => `스트림: ${viewType}`,
  'tables.streamBadge': '스트림',
  'tables.deleted': (name) => `테이블 ${name}과(와) 그 항목을 삭제했습니다.`,
  'tables.describe': (name) => `테이블 ${name}`,
  'tables.itemNotJson': (line, column, message) => `항목이 올바른 JSON이 아닙니다(${line}행 ${column}열): ${message}`,
  'tables.itemNotObject': '항목은 DynamoDB JSON 형식의 속성 객체입니다. 예: { "id": { "S": "1" } }.',
  'tables.stream': '스트림',
};
