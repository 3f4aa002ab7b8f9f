// English labels of the embedded layout a share link can ask for: one function, its code and a Run button.
export const shellEmbed = {
  'shell.embedFunction': 'Function',
  'shell.embedRunTitle': 'Invoke the function with its test event',
  'shell.embedRunning': 'Running…',
  'shell.embedRun': '▶ Run',
  'shell.embedOpenFull': 'Open in Serverless Playground ↗',
  'shell.embedCodePreview': 'Code (read-only until Run)',
  'shell.embedFromLink': 'This code comes from a link. It runs in your browser only when you press *Run*.',
  'shell.embedNoFunction': 'The link holds no function.',
  'shell.embedPressRun': 'Press *Run* to invoke the function with its test event.',
  'shell.embedLogsAppear': 'Logs appear here.',
  'shell.embedLoading': 'Loading the project…',
  'shell.embedEmpty': 'This project has no function yet.',
};
