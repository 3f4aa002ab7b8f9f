// 함수의 권한 탭(실행 역할, 인라인 정책, 리소스 기반 정책)의 한국어 레이블.
import type { Messages } from '../types';

export const functionsPermissions: Messages<typeof import('../en/functions-permissions').functionsPermissions> = {
  'functions.permissions': '권한',
  'functions.executionRole': '실행 역할',
  'functions.roleHint':
    '핸들러가 하는 모든 AWS SDK 호출은 이 정책으로 검사됩니다(명시적 Deny가 우선하며, 허용되지 않은 것은 모두 거부됩니다). Lambda 콘솔은 새 역할에 CloudWatch Logs 권한만 부여합니다.',
  'functions.newInlinePolicy': '새 인라인 정책',
  'functions.newPolicyName': '새 정책 이름',
  'functions.addPolicy': '정책 추가',
  'functions.addPolicyHint': '버킷 객체에 대한 `s3:GetObject`를 허용하는 정책으로 시작합니다. 편집한 다음 저장하세요.',
  // 인라인 정책
  'functions.policyNamed': (name) => `정책 ${name}`,
  'functions.policyNotSavedYet': '아직 저장 안 됨',
  'functions.policyUnsaved': '저장하지 않은 변경 사항',
  'functions.policySaved': '저장됨',
  'functions.deletePolicyConfirm': '이 정책을 삭제할까요?',
  'functions.iamSays': (message) => ` — IAM 메시지: ${message}`,
  // 리소스 기반 정책
  'functions.resourcePolicy': '리소스 기반 정책',
  'functions.resourceStatements': '리소스 기반 정책 설명문',
  'functions.resourceHint':
    '자기 역할로 허용된 이 계정의 호출자 외에 이 함수를 호출할 수 있는 주체: 버킷이면 S3, API면 API Gateway, 또는 다른 함수의 역할.',
  'functions.statementId': '설명문 ID',
  'functions.principal': '보안 주체',
  'functions.sourceArn': '소스 ARN',
  'functions.action': '작업',
  'functions.removeStatement': (sid) => `설명문 ${sid} 제거`,
  'functions.noStatements': '설명문 없음: 다른 서비스는 이 함수를 호출할 수 없습니다.',
  'functions.addPermission': '권한 추가',
  'functions.permissionPrincipal': '권한 보안 주체',
  'functions.principalLabel': (kind) => (kind === 's3' ? 'S3(버킷)' : kind === 'apigateway' ? 'API Gateway(API)' : '다른 함수(실행 역할)'),
  'functions.sourceLabel': (kind) => (kind === 's3' ? '버킷' : kind === 'apigateway' ? 'API' : '함수'),
  'functions.permissionSource': '권한 소스',
  'functions.choose': '선택…',
  'functions.noneYet': '아직 없음',
  'functions.statementIdPlaceholder': '비워 두면 자동 생성',
};
