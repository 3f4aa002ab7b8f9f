// 주제 사이드바 항목과 항상 로드되는 상태가 보내는 알림의 한국어 레이블.
import type { Messages } from '../types';

export const topicsNav: Messages<typeof import('../en/topics-nav').topicsNav> = {
  'topics.navLabel': '주제',
  'topics.navTitle': 'SNS 주제',
  'topics.newTopic': '새 주제',
  'topics.navEmpty': '아직 주제가 없습니다. 함수와 대기열로 메시지를 팬아웃하려면 주제를 생성하세요.',
  'topics.topicName': '주제 이름',
  'topics.fifoOption': 'FIFO (순서 보장, 중복 제거, 이름이 .fifo로 끝남)',
  'topics.displayName': '표시 이름',
  'topics.optional': '선택 사항',
  'topics.createTopic': '주제 생성',
  'topics.fifoTopic': 'FIFO 주제',
  'topics.deleted': (name) => `주제 ${name}과(와) 그 구독을 삭제했습니다.`,
  'topics.describe': (name) => `주제 ${name}`,
  'topics.subscriptions': '구독',
  'topics.chooseFunction': 'SNS가 호출할 함수를 고르세요.',
  'topics.giveQueueArn': '대기열의 ARN을 입력하세요(arn:aws:sqs:us-east-1:123456789012:name).',
  'topics.policyInvalid': (problem) => `필터 정책이 올바르지 않습니다: ${problem}`,
  'topics.binaryNotBase64': 'Binary 속성의 값은 base64로 입력합니다(예: 바이트 1, 2, 3은 AQID).',
};
