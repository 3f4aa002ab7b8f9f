// English labels of the header, sidebar and other parts of the frame around every panel.
export const shell = {
  'shell.language': 'Language',
  'shell.languageSwitch': 'Switch the interface language',
};
