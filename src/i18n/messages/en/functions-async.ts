// English labels of a function's Asynchronous tab: its settings, the time scale, the event queue and the recent steps.
export const functionsAsync = {
  'functions.asyncInvocation': 'Asynchronous invocation',
  'functions.timeScaleLegend': 'Playground time scale',
  'functions.timeScale': 'Time scale',
  'functions.timeScaleHint': (scale: number) =>
    `On AWS, Lambda retries a failed asynchronous event after about 1 minute, then again 2 minutes later, and drops events older than the maximum age. The playground runs those waits ${scale}× faster${scale === 60 ? ' (a minute takes a second)' : scale === 600 ? ' (a minute takes 0.1 s)' : ''}; it is the playground clock's speed (in the header), shared with schedules and queues.`,
  'functions.sendAsync': 'Send the test event asynchronously',
  'functions.sendAsyncHint': '`InvocationType: "Event"`: Lambda answers 202 at once and queues the event.',
  'functions.testEventNotJsonDetail': (line: number, column: number, message: string) =>
    `The test event is not valid JSON (line ${line}, column ${column}): ${message}`,
  'functions.eventAccepted': (name: string) => `Lambda accepted the event for ${name} (202): it is in the queue.`,
  // Settings
  'functions.asyncSettings': 'Asynchronous invocation settings',
  'functions.asyncSaved': (name: string) => `Saved the asynchronous invocation settings of ${name}.`,
  'functions.asyncConfigured': 'Configured for this function (unqualified).',
  'functions.asyncNotConfigured': "Not configured: Lambda's defaults apply (2 retries, events kept 6 hours, no destinations).",
  'functions.retryAttempts': 'Retry attempts',
  'functions.maxEventAge': 'Max event age (s)',
  'functions.maxEventAgeLabel': 'Maximum event age in seconds',
  'functions.onSuccess': 'On success',
  'functions.onFailure': 'On failure',
  'functions.destination': (condition: string) => `${condition} destination`,
  'functions.asyncLimits':
    'Retries 0–2; age 60–21600 s (1 minute to 6 hours). A destination function receives an invocation record: the request, the response or error, and why (`RetriesExhausted`, `EventAgeExceeded`, …).',
  'functions.resetDefaults': 'Reset to defaults',
  // Recent steps
  'functions.recentAsyncEvents': 'Recent asynchronous events',
  'functions.recursionStopped':
    '*RecursiveInvocationException* — Lambda stopped a recursive loop. This function was invoked 16 times in one chain of requests started by a single event (for example a function writing into the bucket that triggers it), so Lambda stopped the next invocation instead of running it.',
  'functions.recursionToDestination': 'The event went to the on-failure destination.',
  'functions.asyncNothingYet': "Nothing yet. Send an event asynchronously, or wire a bucket's notifications to this function.",
  'functions.asyncKind': (kind: string) => kind,
  // The event queue
  'functions.eventQueue': 'Event queue',
  'functions.eventQueueCount': (count: number) => `Event queue (${count})`,
  'functions.requestIdColumn': 'Request id',
  'functions.status': 'Status',
  'functions.attempts': 'Attempts',
  'functions.nextAttempt': 'Next attempt',
  'functions.origin': 'Origin',
  'functions.lastError': 'Last error',
  'functions.queueStatus': (status: string) => status,
  'functions.attemptsOf': (attempts: number, maximum: number, throttles: number) =>
    `${attempts} of ${maximum}${throttles ? ` (${throttles} throttled)` : ''}`,
  'functions.inTime': (time: string) => `in ${time}`,
  'functions.onLambdaClock': (wait: string) => `(${wait} on Lambda's clock)`,
  'functions.ageOf': (maximum: string) => `of ${maximum}`,
  'functions.queueEmpty': 'Empty: no event is waiting, running or waiting to be retried.',
};
