// 대기열 설정(배달 못한 편지 대기열 포함)과 트리거, 대기열 상태가 알리는 내용의 한국어 레이블.
import type { Messages } from '../types';

export const queuesSettings: Messages<typeof import('../en/queues-settings').queuesSettings> = {
  'queues.settings': '대기열 설정',
  'queues.visibilityTimeout': '가시성 제한 시간(초)',
  'queues.visibilityTimeoutHelp': '받은 메시지가 숨겨져 있는 시간(0–43200, 기본값 30).',
  'queues.deliveryDelay': '전송 지연(초)',
  'queues.deliveryDelayHelp': '새 메시지는 이 시간이 지나야 받을 수 있습니다(0–900).',
  'queues.retentionPeriod': '메시지 보존 기간(초)',
  'queues.retentionPeriodHelp': '이보다 오래된 메시지는 삭제됩니다(60초–14일, 기본값 4일).',
  'queues.maximumMessageSize': '최대 메시지 크기(바이트)',
  'queues.maximumMessageSizeHelp': '1 KiB–1 MiB.',
  'queues.receiveWaitTime': '메시지 수신 대기 시간(초)',
  'queues.receiveWaitTimeHelp': 'WaitTimeSeconds를 지정하지 않은 수신에 쓰는 긴 폴링(0–20).',
  'queues.deadLetterQueue': '배달 못한 편지 대기열',
  'queues.queue': '대기열',
  'queues.noneOption': '없음',
  'queues.missing': (name) => `${name} (없음)`,
  'queues.maximumReceives': '최대 수신 수',
  'queues.dlqMoves': (count, arn) => `삭제되지 않고 ${count}회 수신된 메시지는 다음 수신 때 \`${arn}\`(으)로 이동합니다.`,
  'queues.dlqCreateAnother': (fifo) => `이 대기열의 배달 못한 편지 대기열로 쓰려면 ${fifo ? 'FIFO' : '표준'} 대기열을 하나 더 만드세요.`,
  'queues.dlqNone': '계속 실패하는 메시지는 만료될 때까지 이 대기열에 남습니다.',
  'queues.saveSettings': '설정 저장',
  'queues.saved': '저장했습니다.',

  'queues.triggers': '트리거',
  'queues.noTriggers': '아직 이 대기열을 읽는 함수가 없습니다.',
  'queues.triggersIntro': (visibilityTimeout, maxReceiveCount) =>
    `Lambda가 대기열을 폴링해 메시지 배치로 함수를 호출합니다. 함수가 성공하면 배치를 삭제하고, 실패한 메시지는 가시성 제한 시간(${visibilityTimeout}초)이 지나면 다시 보입니다${maxReceiveCount === undefined ? '' : `. ${maxReceiveCount}회 수신된 뒤에는 배달 못한 편지 대기열로 이동합니다`}.`,
  'queues.trigger': '트리거',
  'queues.batchSize': '배치 크기',
  'queues.batchWindow': '배치 기간(초)',
  'queues.batchWindowTitle': '배치가 10개를 넘으면 필요(최소 1)',
  'queues.maximumConcurrency': '최대 동시성',
  'queues.maximumConcurrencyTitle': '2–1000, 0이면 제한 없음',
  'queues.reportFailures': '배치 항목 실패 보고',
  'queues.roleHint': (functionName) =>
    `함수는 실행 역할로 대기열을 폴링합니다. *${functionName}*의 역할에 이 대기열에 대한 sqs:ReceiveMessage, sqs:DeleteMessage, sqs:GetQueueAttributes(AWSLambdaSQSQueueExecutionRole 정책이 부여하는 것과 같은)를 추가할까요?`,

};
