// 대기열 사이드바 항목과 항상 로드되는 상태가 보내는 알림의 한국어 레이블.
import type { Messages } from '../types';

export const queuesNav: Messages<typeof import('../en/queues-nav').queuesNav> = {
  'queues.binaryNotBase64': (name) => `Binary 속성 ${name}의 값이 base64가 아닙니다(예: "hello"는 aGVsbG8=).`,
  'queues.deletedNotice': (name) => `대기열 ${name}과(와) 그 메시지를 삭제했습니다. SQS는 60초 동안 이 이름을 쓸 수 없게 둡니다.`,
  'queues.gone': (name) => `대기열 ${name}이(가) 더 이상 없습니다.`,
  'queues.needsName': '대기열에는 이름이 필요합니다.',
  'queues.describe': (name) => `대기열 ${name}`,
  'queues.unnamed': '(이름 없음)',
  'queues.navLabel': '대기열',
  'queues.navTitle': 'SQS 대기열',
  'queues.newQueue': '새 대기열',
  'queues.navEmpty': '아직 대기열이 없습니다. 함수 사이에 메시지를 전달하려면 대기열을 생성하세요.',
  'queues.queueName': '대기열 이름',
  'queues.type': '유형',
  'queues.standard': '표준',
  'queues.contentBasedDeduplication': '콘텐츠 기반 중복 제거',
  'queues.createdAs': (name) => `\`${name}\`(으)로 생성됩니다. FIFO 대기열 이름은 .fifo로 끝납니다.`,
  'queues.standardHint': '최소 1회 전송, 최선 노력 순서.',
  'queues.createQueue': '대기열 생성',
  'queues.fifoQueue': 'FIFO 대기열',
  'queues.dlqTitle': (name) => `배달 못한 편지 대기열: ${name}`,
};
