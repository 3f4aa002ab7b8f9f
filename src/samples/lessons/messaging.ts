// Lesson 6: messaging — an SQS queue with a consumer, an SNS topic that fans out, an EventBridge schedule.
import { lesson, step } from './build';

export const messagingLesson = lesson('messaging', ['Queues, topics and schedules', '대기열, 주제, 일정'],
  ['Send to an SQS queue and let Lambda consume it, fan out with SNS, and run a function on an EventBridge schedule.', 'SQS 대기열에 메시지를 보내 Lambda가 소비하게 하고, SNS로 팬아웃하고, EventBridge 일정으로 함수를 실행합니다.'], [
    step('queue', {
      title: ['Create a queue and send a message', '대기열을 만들고 메시지 보내기'],
      body: [
        'Under **SQS queues**, press **+ Create** and name the queue `orders`. On **Send and receive**, send a message such as `{"order": 1}`. It waits in the queue, *visible*, until a consumer receives it.',
        '**SQS 대기열**에서 **+ 생성**을 눌러 `orders`라는 대기열을 만드세요. **메시지 보내기 및 받기**에서 `{"order": 1}` 같은 메시지를 보내세요. 메시지는 소비자가 받아 갈 때까지 대기열에 *표시*된 상태로 기다립니다.',
      ],
      goal: ['The queue **orders** holds a visible message.', '대기열 **orders**에 표시되는 메시지가 있습니다.'],
      check: { kind: 'queueMessages', queue: 'orders', visible: 1 },
    }),
    step('consume', {
      title: ['Let Lambda consume the queue', 'Lambda가 대기열을 소비하게 하기'],
      body: [
        'On the queue\'s **Triggers** tab, add **hello-world**. Lambda polls the queue, invokes the function with `Records` (batches of up to 10), and deletes the messages when it succeeds. A failed batch becomes visible again after the visibility timeout and is retried.',
        '대기열의 **트리거** 탭에서 **hello-world**를 추가하세요. Lambda가 대기열을 폴링하고 `Records`(최대 10개씩 배치)로 함수를 호출하며, 성공하면 메시지를 삭제합니다. 실패한 배치는 표시 제한 시간이 지나면 다시 보이게 되어 재시도됩니다.',
      ],
      goal: ['A batch from **orders** reached **hello-world** and the queue is empty.', '**orders**의 배치가 **hello-world**에 전달되었고 대기열이 비었습니다.'],
      hints: [['The function\'s role needs `sqs:ReceiveMessage`, `sqs:DeleteMessage` and `sqs:GetQueueAttributes` on the queue; the trigger form offers to add them.', '함수 역할에 대기열에 대한 `sqs:ReceiveMessage`, `sqs:DeleteMessage`, `sqs:GetQueueAttributes`가 필요합니다. 트리거 양식에서 추가할 수 있습니다.']],
      check: { kind: 'all', checks: [{ kind: 'batchProcessed', function: 'hello-world', outcome: 'ok' }, { kind: 'queueMessages', queue: 'orders', visible: 0 }] },
    }),
    step('topic', {
      title: ['Fan out with SNS', 'SNS로 팬아웃'],
      body: [
        'Under **SNS topics**, create the topic `alerts`, add a subscription with protocol `lambda` to **hello-world**, and **Publish message**. SNS pushes a copy to every subscriber (functions, queues), asynchronously; a filter policy can pick which messages each one gets.',
        '**SNS 주제**에서 `alerts` 주제를 만들고, 프로토콜 `lambda`로 **hello-world** 구독을 추가한 뒤 **메시지 게시**를 누르세요. SNS는 모든 구독자(함수, 대기열)에게 비동기식으로 사본을 보냅니다. 필터 정책으로 구독자마다 받을 메시지를 고를 수 있습니다.',
      ],
      goal: ['A message was published to **alerts**.', '**alerts**에 메시지가 게시되었습니다.'],
      check: { kind: 'topicPublished', topic: 'alerts' },
    }),
    step('schedule', {
      title: ['Run on a schedule', '일정에 따라 실행'],
      body: [
        'Under **EventBridge rules**, create a rule `tick` with the schedule `rate(1 minute)` and **hello-world** as its target. Schedules run on the playground clock: in the header, speed it up (×60) or jump to the next timer instead of waiting.',
        '**EventBridge 규칙**에서 일정이 `rate(1 minute)`이고 대상이 **hello-world**인 규칙 `tick`을 만드세요. 일정은 플레이그라운드 시계를 따릅니다. 기다리는 대신 헤더에서 시계를 빠르게(×60) 하거나 다음 타이머로 건너뛰세요.',
      ],
      goal: ['The rule **tick** fired.', '규칙 **tick**이 실행되었습니다.'],
      check: { kind: 'ruleFired', rule: 'tick' },
    }),
  ]);
