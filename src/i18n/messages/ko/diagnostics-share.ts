// 열 수 없는 공유 링크의 한국어 설명: 제목 다음에 무엇이 잘못되었는지.
import type { Messages } from '../types';

export const diagnosticsShare: Messages<typeof import('../en/diagnostics-share').diagnosticsShare> = {
  'diagnostics.shareNotALink': '이 링크에는 Serverless Playground 프로젝트가 들어 있지 않습니다.',
  'diagnostics.shareTruncated': '이 링크는 완전하지 않습니다. 복사하는 중에 잘렸을 수 있습니다. 링크 전체나 프로젝트 파일을 요청하세요.',
  'diagnostics.shareCorrupted': '이 링크는 손상되었습니다. 일부 문자가 바뀌어 안에 든 프로젝트를 믿을 수 없습니다. 링크를 다시 받거나 프로젝트 파일을 요청하세요.',
  'diagnostics.shareNewerLink': (format, supported) =>
    `이 링크는 더 새로운 버전의 플레이그라운드에서 만들어졌습니다(링크 형식 ${format}). 이 버전은 ${supported}까지 읽을 수 있습니다. 페이지를 새로 고쳐 최신 플레이그라운드를 받으세요.`,
  'diagnostics.shareNewerProject': (format, supported) =>
    `이 프로젝트는 더 새로운 버전의 플레이그라운드에서 만들어졌습니다(형식 ${format}). 이 버전은 ${supported}까지 읽을 수 있습니다. 페이지를 새로 고쳐 최신 플레이그라운드를 받으세요.`,
  'diagnostics.shareInvalidProject': (problem) => `이 링크에 담긴 프로젝트는 플레이그라운드에서 열 수 없습니다. ${problem}`,
};
