// English titles of the example projects: a copy of an example is named after its title.
export const galleryTitles = {
  'gallery.helloWorldTitle': 'Hello world: cold and warm starts',
  'gallery.restApiTitle': 'REST API with an API key and an authorizer',
  'gallery.thumbnailsTitle': 'S3 upload → thumbnail',
  'gallery.dailyJobTitle': 'Daily job with EventBridge',
  'gallery.photoFeedTitle': 'Photo → metadata → feed chain',
  'gallery.notesStreamTitle': 'DynamoDB stream consumer',
  'gallery.sqsBatchTitle': 'SQS batch failures and a DLQ',
  'gallery.snsFanoutTitle': 'SNS fan-out',
  'gallery.iamTitle': 'IAM: AccessDenied and the fix',
  'gallery.versionsTitle': 'Versions and a weighted alias',
  'gallery.timeoutsTitle': 'Timeouts and memory',
  'gallery.concurrencyTitle': 'Concurrency and throttling',
};
