// The course's lessons, in course order, as the lessons panel and the example gallery offer them. Each
// loads on demand. `examples` names the gallery examples a lesson is written for: `starter` is the
// landing project (the hello-world function); a project made from that example can carry the lesson.
import type { LocalizedText, ProjectLesson } from '../../project/types';

export interface CourseLesson {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  /** The gallery examples it is written for (`starter`: the landing project with `hello-world`). */
  examples: readonly string[];
  load(): Promise<ProjectLesson>;
}

const entry = (id: string, title: LocalizedText, summary: LocalizedText, examples: string[], load: () => Promise<ProjectLesson>): CourseLesson =>
  ({ id, title, summary, examples, load });

export const COURSE_LESSONS: readonly CourseLesson[] = [
  entry('hello-world', { en: 'Hello, Lambda: cold and warm starts', ko: '안녕, Lambda: 콜드 스타트와 웜 스타트' },
    { en: 'Invoke, cold and warm starts, logs, deploy.', ko: '호출, 콜드·웜 스타트, 로그, 배포.' }, ['starter'],
    async () => (await import('./hello-world')).helloWorldLesson),
  entry('configuration', { en: 'Configuration: memory and timeout', ko: '구성: 메모리와 제한 시간' },
    { en: 'Memory, REPORT, timeouts.', ko: '메모리, REPORT, 제한 시간.' }, ['starter'],
    async () => (await import('./configuration')).configurationLesson),
  entry('api-gateway', { en: 'API Gateway: a function behind a URL', ko: 'API Gateway: URL 뒤의 함수' },
    { en: 'Routes, path parameters, 404s.', ko: '라우팅, 경로 파라미터, 404.' }, ['starter'],
    async () => (await import('./api-gateway')).apiGatewayLesson),
  entry('s3-trigger', { en: 'S3 trigger: thumbnails', ko: 'S3 트리거: 썸네일' },
    { en: 'Upload, asynchronous invoke, thumbnail.', ko: '업로드, 비동기 호출, 썸네일.' }, ['thumbnails'],
    async () => (await import('./s3-trigger')).s3TriggerLesson),
  entry('dynamodb-streams', { en: 'DynamoDB and streams', ko: 'DynamoDB와 스트림' },
    { en: 'Items through an API, stream batches, totals.', ko: 'API로 항목 넣기, 스트림 배치, 합계.' }, ['notes-stream'],
    async () => (await import('./dynamodb-streams')).dynamoDbStreamsLesson),
  entry('messaging', { en: 'Queues, topics and schedules', ko: '대기열, 주제, 일정' },
    { en: 'SQS with a consumer, SNS fan-out, EventBridge schedule.', ko: 'SQS 소비자, SNS 팬아웃, EventBridge 일정.' }, ['starter'],
    async () => (await import('./messaging')).messagingLesson),
  entry('iam-access-denied', { en: 'IAM: AccessDenied, then the fix', ko: 'IAM: AccessDenied와 해결' },
    { en: 'An SDK call refused, a least-privilege policy.', ko: '거부된 SDK 호출, 최소 권한 정책.' }, ['starter'],
    async () => (await import('./iam')).iamLesson),
  entry('versions-aliases', { en: 'Versions and aliases', ko: '버전과 별칭' },
    { en: 'Publish, alias, weighted traffic.', ko: '발행, 별칭, 가중치 트래픽.' }, ['starter'],
    async () => (await import('./versions-aliases')).versionsAliasesLesson),
  entry('concurrency', { en: 'Concurrency and throttling', ko: '동시성과 제한(throttling)' },
    { en: 'Reserved concurrency, bursts, 429s.', ko: '예약된 동시성, 버스트, 429.' }, ['starter'],
    async () => (await import('./concurrency')).concurrencyLesson),
];

/** The lessons written for a gallery example (`starter` for the landing project), ready for its project's `lessons`. */
export async function lessonsFor(exampleId: string): Promise<ProjectLesson[]> {
  return Promise.all(COURSE_LESSONS.filter((l) => l.examples.includes(exampleId)).map((l) => l.load()));
}
