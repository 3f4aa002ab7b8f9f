// Lesson 2: a function's configuration — memory (and the CPU that comes with it) and the timeout.
import { lesson, step } from './build';

export const configurationLesson = lesson('configuration', ['Configuration: memory and timeout', '구성: 메모리와 제한 시간'],
  ['Give a function more memory, see it in REPORT, and watch a timeout stop a slow handler.', '함수에 메모리를 더 주고 REPORT에서 확인한 뒤, 제한 시간이 느린 핸들러를 멈추는 것을 봅니다.'], [
    step('memory', {
      title: ['Raise the memory to 256 MB', '메모리를 256MB로 늘리기'],
      body: [
        'Lambda gives a function memory from 128 MB to 10,240 MB, and CPU in proportion to it. You pay for memory × duration (GB-seconds).\n\nOpen **hello-world**, go to the **Configuration** tab, set **Memory (MB)** to `256` and press **Save configuration**.',
        'Lambda는 함수에 128MB부터 10,240MB까지 메모리를 주고, 메모리에 비례해 CPU도 줍니다. 요금은 메모리 × 실행 시간(GB-초)으로 계산됩니다.\n\n**hello-world**를 열고 **구성** 탭에서 **메모리(MB)**를 `256`으로 바꾼 뒤 **구성 저장**을 누르세요.',
      ],
      goal: ['**hello-world** has 256 MB of memory.', '**hello-world**의 메모리가 256MB입니다.'],
      hints: [['The **Configuration** tab is next to **Code**.', '**구성** 탭은 **코드** 탭 옆에 있습니다.'], ['Type 256 in *Memory (MB)*, then **Save configuration** at the bottom of the form.', '*메모리(MB)*에 256을 입력하고 양식 아래의 **구성 저장**을 누르세요.']],
      check: { kind: 'functionExists', name: 'hello-world', memory: 256 },
    }),
    step('invoke-256', {
      title: ['See it in REPORT', 'REPORT에서 확인하기'],
      body: [
        'A configuration change replaces the execution environments, so the next invocation is cold. Press **Test** and find `Memory Size: 256 MB` in the `REPORT` line.',
        '구성을 바꾸면 실행 환경이 교체되므로 다음 호출은 콜드 스타트입니다. **테스트**를 누르고 `REPORT` 줄에서 `Memory Size: 256 MB`를 찾으세요.',
      ],
      goal: ['Invoke **hello-world** with 256 MB.', '256MB로 **hello-world**를 호출합니다.'],
      check: { kind: 'invoked', function: 'hello-world', memory: 256 },
    }),
    step('timeout', {
      title: ['Hit the timeout', '제한 시간 초과시키기'],
      body: [
        'The timeout (1–900 s, 3 s by default) is how long one invocation may run. Set **Timeout (seconds)** to `1` and save. Then make the handler slow — add this as its first line and **Deploy**:\n\n```ts\nawait new Promise((resolve) => setTimeout(resolve, 1500));\n```\n\nPress **Test**: Lambda stops the invocation after one second, logs `Task timed out after 1.00 seconds` and answers with `Sandbox.Timedout`.',
        '제한 시간(1~900초, 기본 3초)은 한 번의 호출이 실행될 수 있는 최대 시간입니다. **제한 시간(초)**을 `1`로 바꾸고 저장하세요. 그리고 핸들러 첫 줄에 다음 코드를 넣어 느리게 만든 뒤 **배포**하세요.\n\n```ts\nawait new Promise((resolve) => setTimeout(resolve, 1500));\n```\n\n**테스트**를 누르면 Lambda가 1초 뒤 호출을 멈추고 `Task timed out after 1.00 seconds`를 기록하며 `Sandbox.Timedout`으로 응답합니다.',
      ],
      goal: ['The logs show `Task timed out after 1.00 seconds`.', '로그에 `Task timed out after 1.00 seconds`가 나옵니다.'],
      hints: [['Both are needed: the timeout of 1 second *and* the deployed wait of 1.5 seconds.', '두 가지가 모두 필요합니다. 1초 제한 시간 *그리고* 배포된 1.5초 대기.']],
      check: { kind: 'logContains', function: 'hello-world', text: 'Task timed out after 1.00 seconds' },
    }),
    step('restore', {
      title: ['Put the timeout back', '제한 시간 되돌리기'],
      body: [
        'A timeout is a safety net, not a target: set it a little above the slowest run you expect. Set **Timeout (seconds)** to `5`, save, and **Test** again — the 1.5-second handler now succeeds.',
        '제한 시간은 목표가 아니라 안전망입니다. 예상되는 가장 느린 실행보다 조금 길게 잡으세요. **제한 시간(초)**을 `5`로 바꾸고 저장한 뒤 다시 **테스트**하면 1.5초짜리 핸들러가 성공합니다.',
      ],
      goal: ['**hello-world** has a 5-second timeout and an invocation succeeds with it.', '**hello-world**의 제한 시간이 5초이고, 그 설정으로 호출이 성공합니다.'],
      check: { kind: 'all', checks: [{ kind: 'functionExists', name: 'hello-world', timeout: 5 }, { kind: 'invoked', function: 'hello-world', succeeded: true, memory: 256 }] },
    }),
  ]);
