// 버킷의 Lambda 이벤트 알림 한국어 레이블.
import type { Messages } from '../types';

export const bucketsNotifications: Messages<typeof import('../en/buckets-notifications').bucketsNotifications> = {
  'buckets.eventNotifications': '이벤트 알림',
  'buckets.notificationsIntro':
    'S3는 조건에 맞는 변경마다 이벤트 레코드로 함수를 *비동기식으로* 호출합니다. 필터는 레코드에 쓰인 그대로의 키와 비교합니다(공백은 `+`).',
  'buckets.addNotification': '알림 추가',
  'buckets.id': 'ID',
  'buckets.events': '이벤트',
  'buckets.prefix': '접두사',
  'buckets.suffix': '접미사',
  'buckets.destination': '대상',
  'buckets.noNotifications': '이벤트 알림이 없습니다. 이 버킷이 바뀌어도 아무것도 호출되지 않습니다.',
  'buckets.notification': '알림',
  'buckets.newNotification': '새 알림',
  'buckets.editNotification': (id) => `${id} 편집`,
  'buckets.eventTypes': '이벤트 유형',
  'buckets.nameId': '이름(ID)',
  'buckets.generatedIfEmpty': '비워 두면 자동 생성',
  'buckets.notificationId': '알림 ID',
  'buckets.prefixFilter': '접두사 필터',
  'buckets.suffixFilter': '접미사 필터',
  'buckets.missingPermissions': (functions) =>
    `S3는 저장할 때 각 대상을 호출할 수 있는지 확인합니다. AWS 콘솔처럼 플레이그라운드가 함수의 리소스 기반 정책(${functions})에 해당 문을 추가하고 다시 저장할 수 있습니다.`,
  'buckets.addPermissionAndSave': '권한 추가 후 저장',
  'buckets.notificationsSaved': (bucket) => `${bucket}의 이벤트 알림을 저장했습니다.`,
};
