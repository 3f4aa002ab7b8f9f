// 예제 프로젝트의 한국어 제목.
import type { Messages } from '../types';

export const galleryTitles: Messages<typeof import('../en/gallery-titles').galleryTitles> = {
  'gallery.helloWorldTitle': 'Hello world: 콜드 스타트와 웜 스타트',
  'gallery.restApiTitle': 'API 키와 권한 부여자가 있는 REST API',
  'gallery.thumbnailsTitle': 'S3 업로드 → 썸네일',
  'gallery.dailyJobTitle': 'EventBridge 일일 작업',
  'gallery.photoFeedTitle': '사진 → 메타데이터 → 피드 체인',
  'gallery.notesStreamTitle': 'DynamoDB 스트림 소비자',
  'gallery.sqsBatchTitle': 'SQS 배치 실패와 DLQ',
  'gallery.snsFanoutTitle': 'SNS 팬아웃',
  'gallery.iamTitle': 'IAM: AccessDenied와 해결',
  'gallery.versionsTitle': '버전과 가중치 별칭',
  'gallery.timeoutsTitle': '제한 시간과 메모리',
  'gallery.concurrencyTitle': '동시성과 스로틀링',
};
