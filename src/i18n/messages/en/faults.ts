// Messages about storage faults: a full quota, a project record that can be read only in part.
export const faults = {
  'faults.storageFull':
    "This browser's storage for the playground is full, so your latest changes are not saved. Your work is still open here: export it from the project menu to keep a copy, and make room by deleting S3 objects or projects you no longer need. Saving starts again by itself once there is room.",
  'faults.projectPartlyUnreadable': (name: string, parts: string) =>
    `Part of your project "${name}" could not be read: ${parts}. The rest is open. The stored project is left as it is, so changes here are not saved: to keep working on the readable parts, choose Duplicate in the project menu and open the copy.`,
};
