// 저장소 오류 알림(할당량 초과, 일부만 읽을 수 있는 프로젝트 레코드)의 한국어 문구.
import type { Messages } from '../types';

export const faults: Messages<typeof import('../en/faults').faults> = {
  'faults.storageFull':
    '이 브라우저에서 플레이그라운드가 쓸 수 있는 저장 공간이 가득 차서 최근 변경 사항이 저장되지 않았습니다. 작업 내용은 이 화면에 그대로 열려 있습니다. 프로젝트 메뉴에서 내보내기로 사본을 보관하고, 더 이상 필요 없는 S3 객체나 프로젝트를 삭제해 공간을 확보하세요. 공간이 생기면 저장이 자동으로 다시 시작됩니다.',
  'faults.projectPartlyUnreadable': (name: string, parts: string) =>
    `프로젝트 "${name}"의 일부를 읽을 수 없습니다: ${parts}. 나머지는 열려 있습니다. 저장된 프로젝트는 그대로 두므로 여기서 바꾼 내용은 저장되지 않습니다. 읽을 수 있는 부분으로 계속 작업하려면 프로젝트 메뉴에서 복제를 선택한 뒤 그 사본을 여세요.`,
};
