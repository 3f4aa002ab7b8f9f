// Lesson 8: versions and aliases — immutable snapshots, a stable name that moves, and weighted traffic.
import { lesson, step } from './build';

export const versionsAliasesLesson = lesson('versions-aliases', ['Versions and aliases', '버전과 별칭'],
  ['Publish versions, point an alias at one, and send part of the traffic to the next.', '버전을 발행하고, 별칭이 한 버전을 가리키게 한 뒤, 트래픽 일부를 다음 버전으로 보냅니다.'], [
    step('publish', {
      title: ['Publish version 1', '버전 1 발행'],
      body: [
        '`$LATEST` is the code and configuration you edit. A *version* is an immutable snapshot of it. On **hello-world**\'s **Versions** tab, press **Publish new version**.',
        '`$LATEST`는 편집 중인 코드와 구성입니다. *버전*은 그 변경할 수 없는 스냅샷입니다. **hello-world**의 **버전** 탭에서 **새 버전 발행**을 누르세요.',
      ],
      goal: ['**hello-world** has a published version.', '**hello-world**에 발행된 버전이 있습니다.'],
      check: { kind: 'versionPublished', function: 'hello-world', count: 1 },
    }),
    step('alias', {
      title: ['An alias named live', 'live 별칭'],
      body: [
        'Create the alias `live` pointing at version `1`. Clients (an API route, a trigger) invoke `hello-world:live`; releasing means moving the alias, not changing every client.',
        '버전 `1`을 가리키는 별칭 `live`를 만드세요. 클라이언트(API 라우팅, 트리거)는 `hello-world:live`를 호출합니다. 배포는 모든 클라이언트를 바꾸는 것이 아니라 별칭을 옮기는 것입니다.',
      ],
      goal: ['The alias **live** points at version 1.', '별칭 **live**가 버전 1을 가리킵니다.'],
      check: { kind: 'aliasExists', function: 'hello-world', alias: 'live', version: '1' },
    }),
    step('version-2', {
      title: ['Change the code, publish version 2', '코드를 바꾸고 버전 2 발행'],
      body: [
        'Change the greeting in `lib/greeting.ts` (say `Hi` instead of `Hello`), **Deploy**, and publish again. Version 1 keeps the old code: it never changes.',
        '`lib/greeting.ts`의 인사말을 바꾸고(`Hello` 대신 `Hi`) **배포**한 뒤 다시 발행하세요. 버전 1은 이전 코드를 그대로 유지합니다. 버전은 절대 바뀌지 않습니다.',
      ],
      goal: ['**hello-world** has two published versions.', '**hello-world**에 발행된 버전이 두 개 있습니다.'],
      check: { kind: 'versionPublished', function: 'hello-world', count: 2 },
    }),
    step('canary', {
      title: ['Send 10% to version 2', '10%를 버전 2로 보내기'],
      body: [
        'Edit **live**: keep version `1`, and under *Split traffic with* choose version `2` with a weight of `10` percent. Then invoke the alias (choose `live` as the invoke qualifier) a few times and look at *Version* in the results: mostly 1, sometimes 2. That is a canary release.',
        '**live**를 편집하세요. 버전 `1`은 그대로 두고, *트래픽 분할 대상*에서 버전 `2`와 가중치 `10`%를 고르세요. 그런 다음 호출 한정자로 `live`를 골라 별칭을 몇 번 호출하고 결과의 *버전*을 보세요. 대부분 1이고 가끔 2입니다. 이것이 카나리 배포입니다.',
      ],
      goal: ['**live** splits traffic and was invoked.', '**live**가 트래픽을 나누고, 호출되었습니다.'],
      check: { kind: 'all', checks: [{ kind: 'aliasWeighted', function: 'hello-world', alias: 'live' }, { kind: 'invoked', function: 'hello-world', alias: 'live' }] },
    }),
  ]);
