// Lesson 5: DynamoDB and its stream — an API puts items, the stream feeds a second function in batches.
import { lesson, step } from './build';

export const dynamoDbStreamsLesson = lesson('dynamodb-streams', ['DynamoDB and streams', 'DynamoDB와 스트림'],
  ['Put notes through an API, follow the table\'s stream into a consumer, and handle a bad record.', 'API로 노트를 넣고, 테이블 스트림이 소비자 함수로 이어지는 것을 따라가고, 잘못된 레코드를 처리합니다.'], [
    step('put', {
      title: ['Put a note through the API', 'API로 노트 넣기'],
      body: [
        'Open the API **notes-api** and send the saved request *add a note* (`POST /notes` with `{"text": "…"}`). **put-note** writes the note with `PutCommand` from `@aws-sdk/lib-dynamodb` and answers `201`.\n\nIts role allows exactly `dynamodb:PutItem` and `dynamodb:Scan` on the table — see its **Permissions** tab.',
        'API **notes-api**를 열고 저장된 요청 *add a note*(`{"text": "…"}`를 담은 `POST /notes`)를 보내세요. **put-note**가 `@aws-sdk/lib-dynamodb`의 `PutCommand`로 노트를 저장하고 `201`로 응답합니다.\n\n이 함수의 역할은 테이블에 대한 `dynamodb:PutItem`과 `dynamodb:Scan`만 허용합니다. **권한** 탭에서 확인하세요.',
      ],
      goal: ['`POST /notes` answered `201` and the table **notes** holds a note.', '`POST /notes`가 `201`로 응답했고 테이블 **notes**에 노트가 있습니다.'],
      check: { kind: 'all', checks: [{ kind: 'apiResponded', method: 'POST', path: '/notes', status: 201 }, { kind: 'itemExists', table: 'notes' }] },
    }),
    step('stream', {
      title: ['The stream invokes count-words', '스트림이 count-words를 호출'],
      body: [
        'The table **notes** has a stream (`NEW_AND_OLD_IMAGES`): every put, update and delete becomes a record, in order. An *event source mapping* polls it and invokes **count-words** with batches of records — see the table\'s **Stream** and **Triggers** tabs.\n\nUnlike S3, nothing pushes: Lambda pulls.',
        '테이블 **notes**에는 스트림(`NEW_AND_OLD_IMAGES`)이 켜져 있어서 항목의 추가, 수정, 삭제가 순서대로 레코드가 됩니다. *이벤트 소스 매핑*이 스트림을 폴링하고 레코드 배치로 **count-words**를 호출합니다. 테이블의 **스트림**과 **트리거** 탭을 보세요.\n\nS3와 달리 아무도 밀어 넣지 않습니다. Lambda가 가져갑니다.',
      ],
      goal: ['The mapping delivered a batch to **count-words** and it succeeded.', '매핑이 **count-words**에 배치를 전달했고 성공했습니다.'],
      check: { kind: 'batchProcessed', function: 'count-words', outcome: 'ok' },
    }),
    step('totals', {
      title: ['Read the totals', '합계 읽기'],
      body: [
        'Open the table **note-stats** and its **Items**: the item with `statId` = `all` counts notes and words, updated with `ADD` in an update expression so that concurrent updates never lose a count.',
        '테이블 **note-stats**의 **항목**을 여세요. `statId`가 `all`인 항목이 노트 수와 단어 수를 셉니다. 업데이트 표현식의 `ADD`로 갱신하므로 동시에 갱신해도 숫자를 잃지 않습니다.',
      ],
      goal: ['**note-stats** holds the item `all`.', '**note-stats**에 항목 `all`이 있습니다.'],
      check: { kind: 'itemExists', table: 'note-stats', key: { statId: 'all' } },
    }),
    step('by-hand', {
      title: ['A change made by hand', '직접 만든 변경'],
      body: [
        'Streams see every change, whoever makes it. In the table **notes**, press **+ Create item** and save\n\n```json\n{ "noteId": { "S": "by-hand" }, "text": { "S": "typed in the console" } }\n```\n\nWatch **count-words** run again and the totals grow.',
        '스트림은 누가 만들었든 모든 변경을 봅니다. 테이블 **notes**에서 **+ 항목 생성**을 누르고 다음 항목을 저장하세요.\n\n```json\n{ "noteId": { "S": "by-hand" }, "text": { "S": "typed in the console" } }\n```\n\n**count-words**가 다시 실행되고 합계가 늘어나는 것을 확인하세요.',
      ],
      goal: ['**notes** holds the item `by-hand` and **count-words** logged it.', '**notes**에 항목 `by-hand`가 있고 **count-words**가 이를 기록했습니다.'],
      check: { kind: 'all', checks: [{ kind: 'itemExists', table: 'notes', key: { noteId: 'by-hand' } }, { kind: 'logContains', function: 'count-words', text: 'note by-hand' }] },
    }),
  ]);
