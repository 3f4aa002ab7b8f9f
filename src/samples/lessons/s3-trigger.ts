// Lesson 4: an S3 trigger — upload a photo, S3 invokes a function asynchronously, which writes a thumbnail.
import { lesson, step } from './build';

export const s3TriggerLesson = lesson('s3-trigger', ['S3 trigger: thumbnails', 'S3 트리거: 썸네일'],
  ['Upload a photo, watch S3 invoke make-thumbnail asynchronously, and find its thumbnail.', '사진을 업로드하고, S3가 make-thumbnail을 비동기식으로 호출하는 것을 보고, 썸네일을 찾습니다.'], [
    step('notification', {
      title: ['Look at the trigger', '트리거 살펴보기'],
      body: [
        'Open the bucket **photos** and its event notifications: objects created with `.jpg`, `.jpeg` or `.png` send `s3:ObjectCreated:*` events to **make-thumbnail**. The function\'s resource-based policy (**Permissions** tab) lets `s3.amazonaws.com` invoke it for this bucket only — without it, S3 could not call the function.\n\nThen check that the function may read and write objects: its execution role must allow `s3:GetObject`.',
        '버킷 **photos**와 이벤트 알림을 여세요. `.jpg`, `.jpeg`, `.png` 객체가 만들어지면 `s3:ObjectCreated:*` 이벤트가 **make-thumbnail**로 전달됩니다. 함수의 리소스 기반 정책(**권한** 탭)이 이 버킷에 한해 `s3.amazonaws.com`의 호출을 허용합니다. 이 정책이 없으면 S3가 함수를 호출할 수 없습니다.\n\n그리고 함수가 객체를 읽고 쓸 수 있는지 확인하세요. 실행 역할이 `s3:GetObject`를 허용해야 합니다.',
      ],
      goal: ["**make-thumbnail**'s role allows `s3:GetObject` on the photos bucket.", '**make-thumbnail**의 역할이 photos 버킷에 대한 `s3:GetObject`를 허용합니다.'],
      check: { kind: 'roleAllows', function: 'make-thumbnail', action: 's3:GetObject', resource: 'arn:aws:s3:::photos/*' },
    }),
    step('upload', {
      title: ['Upload a photo', '사진 업로드하기'],
      body: [
        'In the bucket **photos**, press **Upload** and choose a small `.jpg` or `.png` image (or drop it on the object list).',
        '버킷 **photos**에서 **업로드**를 누르고 작은 `.jpg` 또는 `.png` 이미지를 고르세요(객체 목록에 끌어다 놓아도 됩니다).',
      ],
      goal: ['The bucket **photos** holds an image.', '버킷 **photos**에 이미지가 있습니다.'],
      check: { kind: 'objectExists', bucket: 'photos' },
    }),
    step('invoked', {
      title: ['S3 invokes the function', 'S3가 함수를 호출'],
      body: [
        'S3 invokes **make-thumbnail** *asynchronously*: the upload does not wait for it. The event has one record per object with `eventName: "ObjectCreated:Put"`, the bucket and the key (URL-encoded). Open **make-thumbnail** and read its logs: `Made a …×… thumbnail`.',
        'S3는 **make-thumbnail**을 *비동기식*으로 호출하므로 업로드는 함수를 기다리지 않습니다. 이벤트에는 객체마다 `eventName: "ObjectCreated:Put"`, 버킷, 키(URL 인코딩됨)가 담긴 레코드가 하나씩 있습니다. **make-thumbnail**을 열고 로그에서 `Made a …×… thumbnail`을 확인하세요.',
      ],
      goal: ['**make-thumbnail** ran successfully for the upload.', '업로드에 대해 **make-thumbnail**이 성공적으로 실행되었습니다.'],
      hints: [['If it failed, read its error in the logs: a file that is not an image cannot be decoded.', '실패했다면 로그의 오류를 읽어 보세요. 이미지가 아닌 파일은 디코딩할 수 없습니다.']],
      check: { kind: 'invoked', function: 'make-thumbnail', succeeded: true },
    }),
    step('thumbnail', {
      title: ['Find the thumbnail', '썸네일 찾기'],
      body: [
        'Open the bucket **thumbnails**: the function wrote `thumbs/<name>.png` there with `PutObject`. Writing to a *different* bucket matters: a function that wrote thumbnails into the bucket that triggers it would invoke itself again and again.',
        '버킷 **thumbnails**를 여세요. 함수가 `PutObject`로 `thumbs/<이름>.png`를 저장했습니다. *다른* 버킷에 쓰는 것이 중요합니다. 자신을 트리거하는 버킷에 썸네일을 쓰면 함수가 자기 자신을 계속 호출하게 됩니다.',
      ],
      goal: ['The bucket **thumbnails** holds a PNG under `thumbs/`.', '버킷 **thumbnails**의 `thumbs/` 아래에 PNG가 있습니다.'],
      check: { kind: 'objectExists', bucket: 'thumbnails', keyPrefix: 'thumbs/', keySuffix: '.png' },
    }),
  ]);
