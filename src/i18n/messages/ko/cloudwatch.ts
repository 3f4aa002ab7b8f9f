// CloudWatch 사이드바 섹션과 빈 기본 영역의 한국어 레이블.
import type { Messages } from '../types';

export const cloudwatch: Messages<typeof import('../en/cloudwatch').cloudwatch> = {
  'cloudwatch.navLabel': 'CloudWatch',
  'cloudwatch.dashboard': '대시보드',
  'cloudwatch.dashboardMeta': '모든 함수의 지표, 비용',
  'cloudwatch.logGroups': '로그 그룹',
  'cloudwatch.logGroupsMeta': '필터 패턴, 라이브 테일',
  'cloudwatch.traces': '추적',
  'cloudwatch.tracesMeta': '서비스 간 요청',
  'cloudwatch.noPageSelected': 'CloudWatch에서 선택된 항목이 없습니다',
  'cloudwatch.noPageHint': '사이드바에서 *대시보드*, *로그 그룹* 또는 *추적*을 선택하세요.',
};
