// Lesson 7: IAM — a call the execution role does not allow fails with AccessDenied; a policy fixes it.
import { lesson, step } from './build';

const READ_FILE = `import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client({});

export const handler = async () => {
  const file = await s3.send(new GetObjectCommand({ Bucket: 'lesson-files', Key: 'hello.txt' }));
  console.log('File says:', await file.Body!.transformToString());
  return { statusCode: 200 };
};`;

const POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::lesson-files/*" }
  ]
}`;

export const iamLesson = lesson('iam-access-denied', ['IAM: AccessDenied, then the fix', 'IAM: AccessDenied와 해결'],
  ['Call S3 from a handler without permission, read the AccessDenied error, and grant exactly what it needs.', '권한 없이 핸들러에서 S3를 호출하고, AccessDenied 오류를 읽고, 필요한 권한만 부여합니다.'], [
    step('bucket', {
      title: ['A bucket with a file', '파일이 있는 버킷'],
      body: [
        'Under **S3 buckets**, create the bucket `lesson-files` and upload a small text file named `hello.txt` (any text).',
        '**S3 버킷**에서 `lesson-files` 버킷을 만들고 `hello.txt`라는 작은 텍스트 파일(내용은 자유)을 업로드하세요.',
      ],
      goal: ['`lesson-files` holds `hello.txt`.', '`lesson-files`에 `hello.txt`가 있습니다.'],
      check: { kind: 'objectExists', bucket: 'lesson-files', keyPrefix: 'hello.txt' },
    }),
    step('denied', {
      title: ['Read it without permission', '권한 없이 읽기'],
      body: [
        `Replace **hello-world**'s \`index.ts\` with:\n\n\`\`\`ts\n${READ_FILE}\n\`\`\`\n\n**Deploy** and **Test**. The SDK call is checked against the function's *execution role*, which Lambda created with CloudWatch Logs permissions only, so S3 refuses: \`AccessDenied\`, *User: …assumed-role/hello-world-role/hello-world is not authorized to perform: s3:GetObject …*`,
        `**hello-world**의 \`index.ts\`를 다음 코드로 바꾸세요.\n\n\`\`\`ts\n${READ_FILE}\n\`\`\`\n\n**배포**하고 **테스트**하세요. SDK 호출은 함수의 *실행 역할*로 검사되는데, Lambda가 만든 역할에는 CloudWatch Logs 권한만 있으므로 S3가 거부합니다: \`AccessDenied\`, *User: …assumed-role/hello-world-role/hello-world is not authorized to perform: s3:GetObject …*`,
      ],
      goal: ['An invocation of **hello-world** was refused `s3:GetObject`.', '**hello-world** 호출이 `s3:GetObject`를 거부당했습니다.'],
      hints: [['The error names the action (`s3:GetObject`) and the resource (`arn:aws:s3:::lesson-files/hello.txt`): that is exactly what to allow.', '오류 메시지에 작업(`s3:GetObject`)과 리소스(`arn:aws:s3:::lesson-files/hello.txt`)가 나옵니다. 바로 그것을 허용하면 됩니다.']],
      check: { kind: 'denied', function: 'hello-world', action: 's3:GetObject' },
    }),
    step('grant', {
      title: ['Grant exactly that', '딱 그만큼만 허용하기'],
      body: [
        `On **hello-world**'s **Permissions** tab, add a new inline policy to its role:\n\n\`\`\`json\n${POLICY}\n\`\`\`\n\nLeast privilege: one action, on the objects of one bucket — not \`s3:*\` on \`*\`.`,
        `**hello-world**의 **권한** 탭에서 역할에 새 인라인 정책을 추가하세요.\n\n\`\`\`json\n${POLICY}\n\`\`\`\n\n최소 권한 원칙: \`*\`에 대한 \`s3:*\`가 아니라, 버킷 하나의 객체에 대한 작업 하나만 허용합니다.`,
      ],
      goal: ['The role allows `s3:GetObject` on `lesson-files/hello.txt`.', '역할이 `lesson-files/hello.txt`에 대한 `s3:GetObject`를 허용합니다.'],
      check: { kind: 'roleAllows', function: 'hello-world', action: 's3:GetObject', resource: 'arn:aws:s3:::lesson-files/hello.txt' },
    }),
    step('works', {
      title: ['Test again', '다시 테스트하기'],
      body: [
        'Press **Test**: the call is allowed now (no deployment needed — permissions are checked on every call), and the log shows the file\'s text.',
        '**테스트**를 누르세요. 이제 호출이 허용되고(권한은 호출할 때마다 검사하므로 다시 배포할 필요가 없습니다) 로그에 파일 내용이 나옵니다.',
      ],
      goal: ['The logs show `File says:`.', '로그에 `File says:`가 나옵니다.'],
      check: { kind: 'logContains', function: 'hello-world', text: 'File says:' },
    }),
  ]);
