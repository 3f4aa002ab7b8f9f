// 추적 보기(목록, 서비스 맵, 타임라인, 홉 세부 정보)와 실행 환경 타임라인의 한국어 레이블.
import type { Messages } from '../types';

const STATUS: Record<string, string> = { ok: '정상', error: '오류', fault: '장애', throttled: '제한됨', pending: '진행 중' };
const HOP: Record<string, string> = {
  entry: '시작', gateway: 'API Gateway', queue: '대기열 대기', init: 'Init', invocation: '호출', sdk: 'SDK 호출', throttle: '제한됨',
};

export const cloudwatchTraces: Messages<typeof import('../en/cloudwatch-traces').cloudwatchTraces> = {
  'cloudwatch.tracesIntro': '체인을 시작하는 모든 요청과 이벤트는 X-Ray 추적 ID를 받고, 이 ID는 서비스를 넘어 이어지는 모든 호출에 전달됩니다.',
  'cloudwatch.onlyFailed': '실패한 추적만',
  'cloudwatch.clearTraces': '지우기',
  'cloudwatch.noTraces': '아직 추적이 없습니다. 함수를 호출하거나 객체를 업로드하거나 API를 호출하세요.',
  'cloudwatch.noFailedTraces': '실패한 추적이 없습니다.',
  'cloudwatch.traceStart': '시작',
  'cloudwatch.traceEntry': '진입점',
  'cloudwatch.traceDuration': '기간',
  'cloudwatch.traceStatusHeader': '상태',
  'cloudwatch.traceHops': '홉',
  'cloudwatch.traceStatus': (status) => STATUS[status] ?? status,
  'cloudwatch.traceId': '추적 ID',
  'cloudwatch.serviceMap': '서비스 맵',
  'cloudwatch.waterfall': '타임라인',
  'cloudwatch.hopKind': (kind) => HOP[kind] ?? kind,
  'cloudwatch.hopLogs': '이 요청의 로그',
  'cloudwatch.noHopLogs': '로그가 없습니다. 이 홉에서는 함수가 실행되지 않았습니다.',
  'cloudwatch.openFunction': (name) => `${name} 함수 열기`,
  'cloudwatch.selectTrace': '추적을 선택하면 서비스 맵과 홉을 볼 수 있습니다.',
  'cloudwatch.selectHop': '홉을 클릭하면 해당 로그를 볼 수 있습니다.',
  'cloudwatch.coldStart': '콜드 스타트',
  'cloudwatch.backToList': '전체 추적',
  'cloudwatch.traceTruncated': '이 추적은 플레이그라운드가 보관하는 것보다 홉이 많아 나머지는 기록되지 않았습니다.',
  'cloudwatch.timelineTitle': '시간에 따른 실행 환경',
  'cloudwatch.timelineHint': '각 레인은 실행 환경 하나, 각 막대는 호출 하나입니다. 막대 앞의 빗금 부분은 Init(콜드 스타트)입니다.',
  'cloudwatch.timelineEmpty': '아직 이 함수의 호출이 없습니다. 버스트를 실행해 확장되는 모습을 확인하세요.',
  'cloudwatch.timelineLane': (n) => `실행 환경 ${n}`,
  'cloudwatch.timelineLanes': (n) => `실행 환경 ${n}개`,
  'cloudwatch.timelineThrottles': (n) => `${n}건 제한됨`,
  'cloudwatch.legendInit': 'Init(콜드 스타트)',
  'cloudwatch.legendInvocation': '호출',
  'cloudwatch.legendError': '오류',
  'cloudwatch.legendThrottle': '제한',
  'cloudwatch.timelineBar': (requestId, ms, cold) => `${requestId}: ${ms}ms${cold ? ', 콜드 스타트' : ''}`,
};
