// English texts of what is wrong with a share link that cannot be opened, after its headline.
export const diagnosticsShare = {
  'diagnostics.shareNotALink': 'This link does not contain a Serverless Playground project.',
  'diagnostics.shareTruncated': 'This link is incomplete — it may have been cut off when it was copied. Ask for the whole link, or for the project as a file.',
  'diagnostics.shareCorrupted': 'This link is damaged — some of its characters were changed, so the project in it cannot be trusted. Ask for the link again, or for the project as a file.',
  'diagnostics.shareNewerLink': (format: string, supported: number) =>
    `This link was made by a newer version of the playground (link format ${format}); this one reads up to ${supported}. Reload the page to get the newest playground.`,
  'diagnostics.shareNewerProject': (format: number, supported: number) =>
    `This project was made by a newer version of the playground (format ${format}); this one reads up to ${supported}. Reload the page to get the newest playground.`,
  'diagnostics.shareInvalidProject': (problem: string) => `This link holds a project the playground cannot open. ${problem}`,
};
