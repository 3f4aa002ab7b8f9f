// The schema of the project's lessons: steps with Markdown text in English and Korean, hints, and
// automatic checks as plain data. Checks are strict about their fields: a misspelt one would make a
// check pass for the wrong reason, so it is reported rather than ignored.
import * as v from 'valibot';
import type { LessonCheck, LessonCheckKind } from './types';

export const LESSON_LIMITS = {
  lessons: 50,
  stepsPerLesson: 100,
  hintsPerStep: 10,
  /** Characters of one text (a step's Markdown, in one language). */
  textLength: 20_000,
  /** How deep `all` checks may nest. */
  checkDepth: 4,
} as const;

const text = () => v.string('must be text');
const longText = () => v.pipe(text(), v.maxLength(LESSON_LIMITS.textLength, `must be at most ${LESSON_LIMITS.textLength} characters`));
const name = () => v.pipe(text(), v.minLength(1, 'must not be empty'), v.maxLength(1024, 'must be at most 1024 characters'));
const count = (min: number) => {
  const message = `must be an integer of at least ${min}`;
  return v.pipe(v.number(message), v.integer(message), v.minValue(min, message));
};
const flag = () => v.boolean('must be true or false');
const id = () => v.pipe(text(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 letters, digits, - or _'));

/** `{ en, ko }`: at least one of them. */
export const LocalizedTextSchema = v.pipe(
  v.looseObject({ en: v.optional(longText()), ko: v.optional(longText()) }, 'must be an object such as {"en": "…", "ko": "…"}'),
  v.check((t) => Boolean(t.en?.trim() || t.ko?.trim()), 'needs an English (en) or Korean (ko) text'),
);

/** The fields of each check kind (besides `kind`). */
const CHECK_FIELDS = {
  functionExists: { name: name(), memory: v.optional(count(128)), timeout: v.optional(count(1)), runtime: v.optional(text()), reservedConcurrency: v.optional(count(0)) },
  invoked: { function: name(), coldStart: v.optional(flag()), succeeded: v.optional(flag()), memory: v.optional(count(128)), version: v.optional(text()), alias: v.optional(text()) },
  apiResponded: {
    method: v.pipe(text(), v.regex(/^([A-Z]+|ANY)$/, 'must be an HTTP method in capitals, such as GET')),
    path: v.pipe(text(), v.startsWith('/', 'must start with /')),
    status: v.optional(v.pipe(count(100), v.maxValue(599, 'must be an HTTP status from 100 to 599'))),
  },
  routeExists: { routeKey: v.pipe(text(), v.regex(/^(\$default|[A-Z]+ \/\S*)$/, 'must be a route key such as "GET /items/{id}"')) },
  objectExists: { bucket: name(), keyPrefix: v.optional(text()), keySuffix: v.optional(text()) },
  itemExists: { table: name(), key: v.optional(v.record(text(), v.union([text(), v.number()], 'must be text or a number'), 'must be an object of key attribute values')) },
  queueMessages: { queue: name(), visible: v.optional(count(0)) },
  topicPublished: { topic: name() },
  ruleFired: { rule: name() },
  batchProcessed: { function: name(), outcome: v.optional(v.picklist(['ok', 'partial-failure', 'function-error'], 'must be ok, partial-failure or function-error')) },
  throttled: { function: name() },
  roleAllows: { function: name(), action: v.pipe(text(), v.regex(/^[\w-]+:[\w*]+$/, 'must be an IAM action such as s3:GetObject')), resource: v.optional(text()) },
  denied: { function: name(), action: v.pipe(text(), v.regex(/^[\w-]+:[\w*]+$/, 'must be an IAM action such as s3:GetObject')) },
  logContains: { function: name(), text: name() },
  versionPublished: { function: name(), count: v.optional(count(1)) },
  aliasExists: { function: name(), alias: name(), version: v.optional(text()) },
  aliasWeighted: { function: name(), alias: v.optional(text()) },
} satisfies Record<Exclude<LessonCheckKind, 'all'>, v.ObjectEntries>;

export const CHECK_KINDS = [...Object.keys(CHECK_FIELDS), 'all'] as LessonCheckKind[];

/** The fields a check of this kind takes, `kind` first. */
export const checkFieldNames = (kind: LessonCheckKind): string[] => ['kind', ...(kind === 'all' ? ['checks'] : Object.keys(CHECK_FIELDS[kind]))];

function depth(check: LessonCheck): number {
  return check.kind === 'all' ? 1 + Math.max(0, ...check.checks.map(depth)) : 0;
}

const option = (kind: Exclude<LessonCheckKind, 'all'>) => v.looseObject({ kind: v.literal(kind), ...CHECK_FIELDS[kind] }, 'must be an object');

/** One check: `{ "kind": "functionExists", "name": "hello-world", "memory": 256 }`. */
export const LessonCheckSchema: v.GenericSchema<LessonCheck> = v.pipe(
  v.variant(
    'kind',
    [
      ...(Object.keys(CHECK_FIELDS) as Exclude<LessonCheckKind, 'all'>[]).map(option),
      v.looseObject({
        kind: v.literal('all'),
        checks: v.pipe(v.array(v.lazy(() => LessonCheckSchema), 'must be a list of checks'), v.minLength(1, 'must have at least one check')),
      }, 'must be an object'),
    ],
    `must be a check whose kind is one of ${CHECK_KINDS.join(', ')}`,
  ),
  v.check(
    (check) => Object.keys(check).every((key) => checkFieldNames(check.kind).includes(key)),
    (issue) => {
      const check = issue.input as { kind: LessonCheckKind };
      const allowed = checkFieldNames(check.kind);
      const unknown = Object.keys(check).filter((key) => !allowed.includes(key));
      return `has a field a ${check.kind} check does not know: ${unknown.join(', ')} (it takes ${allowed.slice(1).join(', ')})`;
    },
  ),
  v.check((check) => depth(check as LessonCheck) <= LESSON_LIMITS.checkDepth, `nests "all" checks more than ${LESSON_LIMITS.checkDepth} deep`),
) as v.GenericSchema<LessonCheck>;

const unique = <T>(key: (item: T) => string, what: string) =>
  v.check<T[], (issue: v.CheckIssue<T[]>) => string>(
    (items) => new Set(items.map(key)).size === items.length,
    (issue) => {
      const seen = new Set<string>();
      const twice = issue.input.map(key).find((k) => (seen.has(k) ? true : (seen.add(k), false)));
      return `has two ${what} with the id "${twice}": each needs its own`;
    },
  );

export const LessonStepSchema = v.looseObject({
  id: id(),
  title: LocalizedTextSchema,
  text: LocalizedTextSchema,
  goal: LocalizedTextSchema,
  hints: v.optional(v.pipe(v.array(LocalizedTextSchema, 'must be a list'), v.maxLength(LESSON_LIMITS.hintsPerStep, `must have at most ${LESSON_LIMITS.hintsPerStep} hints`))),
  check: LessonCheckSchema,
}, 'must be an object');

export const LessonSchema = v.looseObject({
  id: id(),
  title: LocalizedTextSchema,
  summary: v.optional(LocalizedTextSchema),
  steps: v.pipe(
    v.array(LessonStepSchema, 'must be a list'),
    v.minLength(1, 'must have at least one step'),
    v.maxLength(LESSON_LIMITS.stepsPerLesson, `must have at most ${LESSON_LIMITS.stepsPerLesson} steps`),
    unique((step) => step.id, 'steps'),
  ),
}, 'must be an object');

/** The document's `lessons`: ids unique, since a learner's progress is kept by them. */
export const LessonsSchema = v.pipe(
  v.array(LessonSchema, 'must be a list'),
  v.maxLength(LESSON_LIMITS.lessons, `must have at most ${LESSON_LIMITS.lessons} lessons`),
  unique((lesson) => lesson.id, 'lessons'),
);
