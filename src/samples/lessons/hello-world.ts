// Lesson 1: the first invocation, cold and warm starts, and the log lines Lambda writes around a handler.
import { lesson, step } from './build';

export const helloWorldLesson = lesson('hello-world', ['Hello, Lambda: cold and warm starts', '안녕, Lambda: 콜드 스타트와 웜 스타트'],
  ['Invoke a function, watch a cold start become warm, read START/END/REPORT, deploy a change.', '함수를 호출하고, 콜드 스타트가 웜 스타트로 바뀌는 것을 보고, START/END/REPORT 로그를 읽고, 변경 사항을 배포합니다.'], [
    step('first-invoke', {
      title: ['Invoke hello-world', 'hello-world 호출하기'],
      body: [
        'Select the function **hello-world** and press **Test**. Lambda finds no execution environment for it, so it starts one: it loads your code and runs the module\'s top level (the *INIT* phase) before the handler. That is a **cold start**.\n\nThe result shows the response, the duration and an *Init duration*.',
        '함수 **hello-world**를 선택하고 **테스트**를 누르세요. 이 함수의 실행 환경이 아직 없으므로 Lambda가 새로 만듭니다. 코드를 불러오고 모듈 최상위 코드(*INIT* 단계)를 실행한 뒤 핸들러를 부릅니다. 이것이 **콜드 스타트**입니다.\n\n결과에 응답, 실행 시간, *Init duration*이 나옵니다.',
      ],
      goal: ['Invoke **hello-world** once: a cold start.', '**hello-world**를 한 번 호출합니다(콜드 스타트).'],
      hints: [['**Test** is next to **Deploy**, above the code. The keyboard shortcut is Ctrl+Enter.', '**테스트** 버튼은 코드 위, **배포** 옆에 있습니다. 단축키는 Ctrl+Enter입니다.']],
      check: { kind: 'invoked', function: 'hello-world', coldStart: true },
    }),
    step('warm', {
      title: ['Invoke it again: a warm start', '다시 호출하기: 웜 스타트'],
      body: [
        'Press **Test** again right away. This time Lambda reuses the environment it already has: no INIT, no *Init duration*, and module state survives — look at `invocations` in the response growing.\n\nEnvironments that stay idle are stopped after a while; the next call is cold again.',
        '바로 **테스트**를 한 번 더 누르세요. 이번에는 Lambda가 이미 있는 실행 환경을 재사용합니다. INIT도 *Init duration*도 없고, 모듈 상태가 유지됩니다. 응답의 `invocations` 값이 늘어나는 것을 확인하세요.\n\n한동안 유휴 상태인 환경은 중지되고, 그다음 호출은 다시 콜드 스타트가 됩니다.',
      ],
      goal: ['Invoke **hello-world** on a warm environment.', '웜 환경에서 **hello-world**를 호출합니다.'],
      hints: [['The result says *Warm start* when an environment was reused.', '환경을 재사용하면 결과에 *Warm start*가 표시됩니다.']],
      check: { kind: 'invoked', function: 'hello-world', coldStart: false },
    }),
    step('logs', {
      title: ['Read the logs', '로그 읽기'],
      body: [
        'Under the result, the **Logs** show what CloudWatch Logs would keep:\n\n- `START RequestId: … Version: $LATEST`\n- your `console.log` lines, with time, request id and level\n- `END RequestId: …`\n- `REPORT RequestId: …  Duration … Billed Duration … Memory Size … Max Memory Used` (and `Init Duration` on a cold start)\n\nThe handler logs `Received event:` followed by the test event.',
        '결과 아래의 **로그**는 CloudWatch Logs에 남는 내용과 같습니다.\n\n- `START RequestId: … Version: $LATEST`\n- 시간, 요청 ID, 수준이 붙은 `console.log` 출력\n- `END RequestId: …`\n- `REPORT RequestId: …  Duration … Billed Duration … Memory Size … Max Memory Used` (콜드 스타트면 `Init Duration`도)\n\n핸들러는 `Received event:` 뒤에 테스트 이벤트를 출력합니다.',
      ],
      goal: ['Invoke with a test event whose `name` is `Lambda`, so the log shows `"name":"Lambda"`.', '`name`이 `Lambda`인 테스트 이벤트로 호출해서 로그에 `"name":"Lambda"`가 나오게 합니다.'],
      hints: [['Edit the test event JSON to `{ "name": "Lambda" }`, then **Test**.', '테스트 이벤트 JSON을 `{ "name": "Lambda" }`로 바꾸고 **테스트**를 누르세요.']],
      check: { kind: 'logContains', function: 'hello-world', text: '"name":"Lambda"' },
    }),
    step('deploy', {
      title: ['Change the code and deploy', '코드를 바꾸고 배포하기'],
      body: [
        'In `index.ts`, add a line to the handler:\n\n```ts\nconsole.log(\'My first deployment\');\n```\n\nPress **Deploy** (Ctrl+S), then **Test**. New code means new environments: the first invocation after a deployment is a cold start.',
        '`index.ts`의 핸들러에 다음 줄을 추가하세요.\n\n```ts\nconsole.log(\'My first deployment\');\n```\n\n**배포**(Ctrl+S)를 누른 다음 **테스트**를 누르세요. 코드가 바뀌면 실행 환경도 새로 만들어지므로 배포 후 첫 호출은 콜드 스타트입니다.',
      ],
      goal: ['The logs show `My first deployment`.', '로그에 `My first deployment`가 나옵니다.'],
      hints: [['**Test** runs the *deployed* code: deploy first.', '**테스트**는 *배포된* 코드를 실행합니다. 먼저 배포하세요.']],
      check: { kind: 'logContains', function: 'hello-world', text: 'My first deployment' },
    }),
  ]);
