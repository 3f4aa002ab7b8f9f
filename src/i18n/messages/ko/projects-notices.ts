// 항상 로드되는 상태가 보내는 프로젝트 알림(저장, 열기, 공유 링크, 내보내기)의 한국어 문구.
import type { Messages } from '../types';

export const projectsNotices: Messages<typeof import('../en/projects-notices').projectsNotices> = {
  'projects.linkNotMade': (reason) => `링크를 만들지 못했습니다: ${reason}`,
  'projects.linkNotALink': '공유 링크가 아닙니다',
  'projects.linkTruncated': '공유 링크가 불완전합니다',
  'projects.linkCorrupted': '공유 링크가 손상되었습니다',
  'projects.linkNewer': '더 새로운 플레이그라운드에서 만든 공유 링크입니다',
  'projects.linkInvalid': '공유 링크의 프로젝트에 문제가 있습니다',
  'projects.linkUnreadable': (reason) => `이 링크를 여기서 읽을 수 없습니다: ${reason}`,
  'projects.linkFailed': (headline, message) => `${headline}. ${message} 내 프로젝트는 전과 같이 열려 있습니다.`,
  'projects.deleted': '삭제됨:',
  'projects.undo': '실행 취소',
  'projects.changedElsewhere': '이 프로젝트가 다른 탭에서 변경되었습니다.',
  'projects.stoppedSavingNeither': ' 어느 탭의 작업도 덮어쓰지 않도록 이 탭은 저장을 멈췄습니다.',
  'projects.reloadTheirs': '다시 로드(다른 탭의 내용 사용)',
  'projects.saveMineCopy': '내 내용을 사본으로 저장',
  'projects.deletedElsewhere': '이 프로젝트가 다른 탭에서 삭제되었습니다.',
  'projects.stoppedSaving': ' 이 탭은 저장을 멈췄습니다.',
  'projects.saveMineNew': '내 내용을 새 프로젝트로 저장',
  'projects.defaultName': '새 프로젝트',
  'projects.sampleName': '헬로 월드',
  'projects.sharedName': '공유된 프로젝트',
  'projects.couldNotList': (reason) => `프로젝트 목록을 불러오지 못했습니다: ${reason}`,
  'projects.couldNotSaveStaysOpen': '이 프로젝트를 저장하지 못해 그대로 열어 둡니다. 작업을 보존하려면 내보낸 다음 다시 시도하세요.',
  'projects.nameMissing': '프로젝트 이름을 입력하세요.',
  'projects.nameTooLong': '프로젝트 이름은 최대 128자입니다.',
  'projects.noLongerExists': '그 프로젝트는 더 이상 없습니다.',
  'projects.changedSameMoment': '같은 순간에 다른 탭에서 그 프로젝트가 변경되었습니다. 다시 시도하세요.',
  'projects.made': (name) => `${name}을(를) 만들었습니다.`,
  'projects.couldNotDelete': (name, reason) => `${name}을(를) 삭제하지 못했습니다: ${reason}`,
  'projects.exportedSam': (file, notes) =>
    `${file}을(를) 내보냈습니다(template.yaml과 sam build용 코드).${notes ? ` SAM에서 다르게 동작하는 점에 대한 메모 ${notes}개가 README.md에 있습니다.` : ''}`,
  'projects.exported': (file) => `${file}을(를) 내보냈습니다.`,
  'projects.exportFailed': (reason) => `내보내지 못했습니다: ${reason}`,
  'projects.couldNotRestore': (what, reason, plural) =>
    `${what}을(를) 복원하지 못했습니다: ${reason}. ${plural ? '이 항목들은' : '이 항목은'} 저장된 프로젝트에 바뀌지 않은 채로 남아 있습니다.`,
  'projects.journalRefused':
    '이 브라우저가 저장하지 않은 변경 사항의 빠른 사본을 거부했습니다(로컬 저장소가 가득 찼거나 차단됨). 그래서 변경할 때마다 바로 저장합니다. 페이지를 닫거나 다시 로드하기 전에 "모든 변경 사항 저장됨"이 표시될 때까지 기다리세요. 그러지 않으면 마지막 변경이 사라질 수 있습니다.',
  'projects.couldNotSave': (reason) => `작업을 저장하지 못했습니다: ${reason}`,
  'projects.savedWithProblem': (problem) =>
    `저장했지만 이 프로젝트에는 다시 로드한 후 열리지 않게 하는 문제가 있습니다: ${problem}. 문제를 고치거나 프로젝트를 내보내 사본을 보관하세요.`,
};
