// English labels of the building blocks every service's panels share: buttons, file tabs, the
// function picker, sidebar sections and durations (trigger cards and name/value rows: shared-triggers.ts).

export const shared = {
  'shared.cancel': 'Cancel',
  'shared.delete': 'Delete',
  'shared.keep': 'Keep',
  'shared.add': 'Add',
  'shared.clear': 'Clear',
  'shared.none': 'none',
  'shared.create': '+ Create',
  'shared.loadFailed': (reason: string) => `This part of the playground could not be loaded (${reason}). Reload the page to try again.`,
  // Durations (ms stays ms in every language)
  'shared.seconds': (value: string) => `${value} s`,
  'shared.minutes': (value: string) => `${value} min`,
  'shared.hours': (value: string) => `${value} h`,
  'shared.minutesSeconds': (minutes: string, seconds: string) => `${minutes} min ${seconds} s`,
  // Copy button
  // File tabs
  'shared.fileHasErrors': 'has errors',
  'shared.removeFileNamed': (noun: string, path: string) => `Remove ${noun} ${path}`,
  'shared.removeFile': 'Remove file',
  'shared.newFilePath': (noun: string) => `New ${noun} path`,
  'shared.addFileTitle': 'Add a file',
  'shared.addFile': '+ File',
  'shared.fileExists': (path: string) => `${path} already exists.`,
  // Function picker
  'shared.function': 'Function',
  'shared.pickerFunction': (label: string) => `${label} function`,
  'shared.noFunctionsYet': 'No functions yet',
  'shared.missingFunction': (name: string) => `${name} (missing)`,
  'shared.aliasOrVersion': 'Alias or version',
  'shared.pickerQualifier': (label: string) => `${label} qualifier`,
  'shared.latestUnqualified': '$LATEST (unqualified)',
  'shared.aliasNamed': (name: string) => `alias ${name}`,
  'shared.versionNamed': (version: string) => `version ${version}`,
  'shared.perStage': (value: string) => `${value} (per stage)`,
  // Name/value rows
  // Triggers (event source mappings)
};
