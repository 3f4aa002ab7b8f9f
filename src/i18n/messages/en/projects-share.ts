// English labels of sharing: the Share dialog, a shared link's read-only view, and what a broken link says.
export const projectsShare = {
  'projects.shareTitle': (name: string) => `Share ${name}`,
  'projects.makingLink': 'Making the link…',
  'projects.shareIntro':
    'The whole project — code, settings, test events, APIs — travels inside the link, compressed; nothing is uploaded. Whoever opens it sees the code first and runs nothing until they open it as their own project.',
  'projects.link': 'Link',
  'projects.characters': (count: string) => `${count} characters`,
  'projects.shareLinkLabel': 'Share link',
  'projects.copyLink': 'Copy link',
  'projects.openNewTab': 'Open in a new tab ↗',
  /** The advice about a link's length: English is the advice as the project module words it. */
  'projects.shareAdvice': (level: string, characters: string, english: string) => english,
  'projects.downloadInstead': 'Download the project file instead',
  'projects.downloadZip': 'Download as zip',
  'projects.embed': 'Embed in a page',
  'projects.embedHint': 'A compact layout (editor, Run, output) for a blog post or course page. It runs the code only when the reader presses Run.',
  'projects.embedCode': 'Embed code',
  'projects.copyEmbed': 'Copy embed code',
  // A shared link's project, read-only
  'projects.openingShared': 'Opening the shared project…',
  'projects.sharedReadOnly': 'Shared project · read-only.',
  'projects.sharedNote': 'Nothing in it has run. *Open as my project* adds it to your projects (yours are not changed) and then deploys it, so you can run it.',
  'projects.opening': 'Opening…',
  'projects.openAsMine': 'Open as my project',
  'projects.backToMine': 'Back to my project',
  'projects.functionsCount': (count: number) => `Functions (${count})`,
  'projects.environment': 'Environment:',
  'projects.testEvents': 'Test events:',
  'projects.codeReadOnly': (functionName: string, path: string) => `Code of ${functionName}/${path} (read-only)`,
  'projects.noFunctions': 'No functions.',
  'projects.apisCount': (count: number) => `APIs (${count})`,
  'projects.apiKind': (kind: string) => (kind === 'url' ? 'Function URL' : kind === 'http' ? 'HTTP API' : 'REST API'),
  'projects.bucketsCount': (count: number) => `S3 buckets (${count})`,
  'projects.frontEnd': 'Front end',
  'projects.notServed': 'Not served until the project is yours and you press Run the page.',
  'projects.noSiteFiles': 'No site files.',
  // A link that cannot be opened: the headline before the explanation
};
