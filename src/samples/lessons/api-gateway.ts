// Lesson 3: API Gateway in front of a function — routes, the event the gateway builds, status codes.
import { lesson, step } from './build';

export const apiGatewayLesson = lesson('api-gateway', ['API Gateway: a function behind a URL', 'API Gateway: URL 뒤의 함수'],
  ['Create an HTTP API, add routes with path parameters, call them and read the event API Gateway sends.', 'HTTP API를 만들고, 경로 파라미터가 있는 라우팅을 추가하고, 호출해 보고, API Gateway가 보내는 이벤트를 읽습니다.'], [
    step('route', {
      title: ['Create an API with a route', '라우팅이 있는 API 만들기'],
      body: [
        'Under **APIs** in the sidebar, press **+ Create** and make an **HTTP API**. On its **Routes**, add the route `GET /hello` with **hello-world** as its target.\n\nA route key is a method and a path; API Gateway picks the most specific route that matches a request.',
        '사이드바의 **API**에서 **+ 생성**을 눌러 **HTTP API**를 만드세요. **라우팅**에 `GET /hello` 경로를 추가하고 대상으로 **hello-world**를 고르세요.\n\n라우팅 키는 메서드와 경로로 이루어지며, API Gateway는 요청과 일치하는 가장 구체적인 라우팅을 고릅니다.',
      ],
      goal: ['An API has the route `GET /hello`.', 'API에 `GET /hello` 라우팅이 있습니다.'],
      check: { kind: 'routeExists', routeKey: 'GET /hello' },
    }),
    step('call', {
      title: ['Call it', '호출하기'],
      body: [
        'Send `GET /hello` from the API\'s request console (or open its URL in a new tab). The gateway turns the HTTP request into an event (payload format 2.0: `rawPath`, `headers`, `requestContext.http`, …), invokes the function synchronously and turns its `{ statusCode, body }` into the HTTP response.',
        'API의 요청 콘솔에서 `GET /hello`를 보내세요(또는 새 탭에서 URL을 여세요). 게이트웨이는 HTTP 요청을 이벤트(페이로드 형식 2.0: `rawPath`, `headers`, `requestContext.http` …)로 바꾸어 함수를 동기식으로 호출하고, 함수가 돌려준 `{ statusCode, body }`를 HTTP 응답으로 바꿉니다.',
      ],
      goal: ['`GET /hello` answered `200`.', '`GET /hello`가 `200`으로 응답했습니다.'],
      hints: [['Look at the function\'s logs: `Received event:` shows the whole event the gateway built.', '함수 로그의 `Received event:`에서 게이트웨이가 만든 이벤트 전체를 볼 수 있습니다.']],
      check: { kind: 'apiResponded', method: 'GET', path: '/hello', status: 200 },
    }),
    step('path-parameter', {
      title: ['A path parameter', '경로 파라미터'],
      body: [
        'Add the route `GET /items/{id}` targeting **hello-world**, then call `GET /items/1`. In the event, `pathParameters` is `{ "id": "1" }`; a handler would use it to look the item up.',
        '**hello-world**를 대상으로 `GET /items/{id}` 라우팅을 추가하고 `GET /items/1`을 호출하세요. 이벤트의 `pathParameters`가 `{ "id": "1" }`입니다. 핸들러는 이 값으로 항목을 찾습니다.',
      ],
      goal: ['`GET /items/1` answered `200` through the route `GET /items/{id}`.', '`GET /items/{id}` 라우팅을 통해 `GET /items/1`이 `200`으로 응답했습니다.'],
      check: { kind: 'all', checks: [{ kind: 'routeExists', routeKey: 'GET /items/{id}' }, { kind: 'apiResponded', method: 'GET', path: '/items/1', status: 200 }] },
    }),
    step('not-found', {
      title: ['A path without a route', '라우팅이 없는 경로'],
      body: [
        'Call `GET /nothing-here`. No route matches, so the gateway answers by itself — `404` with `{"message":"Not Found"}` — and the function is never invoked. (A REST API answers a missing route with `403 Missing Authentication Token`.)',
        '`GET /nothing-here`를 호출하세요. 일치하는 라우팅이 없으므로 게이트웨이가 직접 `404`와 `{"message":"Not Found"}`로 응답하고, 함수는 호출되지 않습니다. (REST API는 라우팅이 없으면 `403 Missing Authentication Token`으로 응답합니다.)',
      ],
      goal: ['`GET /nothing-here` answered `404`.', '`GET /nothing-here`가 `404`로 응답했습니다.'],
      check: { kind: 'apiResponded', method: 'GET', path: '/nothing-here', status: 404 },
    }),
  ]);
