// Lesson 9: concurrency — one environment per concurrent request, reserved concurrency, throttling.
import { lesson, step } from './build';

export const concurrencyLesson = lesson('concurrency', ['Concurrency and throttling', '동시성과 제한(throttling)'],
  ['Reserve concurrency, fire a burst, and read the 429 TooManyRequestsException Lambda answers with.', '동시성을 예약하고, 버스트를 보내고, Lambda가 돌려주는 429 TooManyRequestsException을 읽습니다.'], [
    step('reserve', {
      title: ['Reserve a concurrency of 1', '동시성 1 예약'],
      body: [
        'An execution environment handles one request at a time; more requests at once mean more environments (cold starts). *Reserved concurrency* caps how many a function may run — and guarantees it that many.\n\nOn **hello-world**\'s **Code** tab, under **Environments**, set **Reserved concurrency** to `1` and **Apply**.',
        '실행 환경 하나는 한 번에 요청 하나만 처리합니다. 동시에 요청이 많아지면 환경(콜드 스타트)도 늘어납니다. *예약된 동시성*은 함수가 실행할 수 있는 환경 수의 상한이자, 그만큼을 보장하는 값입니다.\n\n**hello-world**의 **코드** 탭 **실행 환경** 아래에서 **예약된 동시성**을 `1`로 바꾸고 **적용**을 누르세요.',
      ],
      goal: ['**hello-world** has a reserved concurrency of 1.', '**hello-world**의 예약된 동시성이 1입니다.'],
      check: { kind: 'functionExists', name: 'hello-world', reservedConcurrency: 1 },
    }),
    step('burst', {
      title: ['Fire a burst', '버스트 보내기'],
      body: [
        'Make the handler take a moment (add `await new Promise((r) => setTimeout(r, 500));`, **Deploy**), then set **Burst size** to `5` and press **Burst**. One request runs; the others find no free environment and are refused with `429 TooManyRequestsException`, reason `ReservedFunctionConcurrentInvocationLimitExceeded`.',
        '핸들러가 잠시 걸리게 만드세요(`await new Promise((r) => setTimeout(r, 500));`를 추가하고 **배포**). 그런 다음 **버스트 크기**를 `5`로 하고 **버스트**를 누르세요. 요청 하나만 실행되고, 나머지는 빈 환경이 없어 `429 TooManyRequestsException`(사유 `ReservedFunctionConcurrentInvocationLimitExceeded`)으로 거부됩니다.',
      ],
      goal: ['**hello-world** was throttled.', '**hello-world**가 제한(throttle)되었습니다.'],
      hints: [['Without the wait, each request may finish before the next starts, and nothing is throttled.', '대기 코드가 없으면 다음 요청이 시작되기 전에 각 요청이 끝나서 제한되지 않을 수 있습니다.']],
      check: { kind: 'throttled', function: 'hello-world' },
    }),
    step('raise', {
      title: ['Make room', '여유 만들기'],
      body: [
        'Set **Reserved concurrency** to `10` and burst again: every request gets an environment, the first ones cold, later ones warm. Synchronous callers must retry a throttle themselves; asynchronous events are retried by Lambda.',
        '**예약된 동시성**을 `10`으로 바꾸고 다시 버스트를 보내세요. 모든 요청이 환경을 얻습니다. 처음에는 콜드 스타트, 이후에는 웜 스타트입니다. 동기식 호출자는 제한되면 직접 재시도해야 하고, 비동기 이벤트는 Lambda가 재시도합니다.',
      ],
      goal: ['**hello-world** has a reserved concurrency of 10.', '**hello-world**의 예약된 동시성이 10입니다.'],
      check: { kind: 'functionExists', name: 'hello-world', reservedConcurrency: 10 },
    }),
  ]);
