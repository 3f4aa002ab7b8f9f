// English labels of a bucket's event notifications to Lambda.
export const bucketsNotifications = {
  'buckets.eventNotifications': 'Event notifications',
  'buckets.notificationsIntro':
    'S3 invokes a function *asynchronously* with an event record for each change that matches. Filters compare the key as the record writes it (a space is `+`).',
  'buckets.addNotification': 'Add notification',
  'buckets.id': 'Id',
  'buckets.events': 'Events',
  'buckets.prefix': 'Prefix',
  'buckets.suffix': 'Suffix',
  'buckets.destination': 'Destination',
  'buckets.noNotifications': 'No event notifications: changes in this bucket invoke nothing.',
  'buckets.notification': 'Notification',
  'buckets.newNotification': 'New notification',
  'buckets.editNotification': (id: string) => `Edit ${id}`,
  'buckets.eventTypes': 'Event types',
  'buckets.nameId': 'Name (Id)',
  'buckets.generatedIfEmpty': 'generated if empty',
  'buckets.notificationId': 'Notification id',
  'buckets.prefixFilter': 'Prefix filter',
  'buckets.suffixFilter': 'Suffix filter',
  'buckets.missingPermissions': (functions: string) =>
    `S3 checks, when you save, that it may invoke each destination. As the AWS console does, the playground can add that statement to the function's resource-based policy (${functions}) and save again.`,
  'buckets.addPermissionAndSave': 'Add permission and save',
  'buckets.notificationsSaved': (bucket: string) => `Saved the event notifications of ${bucket}.`,
};
