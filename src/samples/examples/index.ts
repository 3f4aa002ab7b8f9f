// The example projects, as the gallery lists them: one per scenario of the course, in the order it
// teaches them. Each loads on demand (its handlers, IAM documents and run script are not part of
// the first visit). Titles and descriptions are message keys of the `gallery` area.
import { galleryTitles } from '../../i18n/messages/en/gallery-titles';
import type { gallery } from '../../i18n/messages/en/gallery';
import type { ProjectDoc } from '../../project/types';
import type { Scenario } from './scenario';

type GalleryKey = keyof typeof gallery | keyof typeof galleryTitles;
type Named<K extends string> = K extends `gallery.${infer N}Title` ? N : never;
/** The examples' names in the `gallery` area: `gallery.<name>Title` and `gallery.<name>Description`. */
export type ExampleName = Named<keyof typeof galleryTitles>;

/** One example: what the gallery shows and how to make a fresh copy of its project and run it. */
export interface Example {
  id: string;
  /** Message keys (`gallery` area) of the title and description. */
  titleKey: GalleryKey;
  descriptionKey: GalleryKey;
  /** The English title: the new project's name. */
  title: string;
  /** The services it uses, as AWS names them. */
  services: string[];
  /** A fresh copy of the example's project. */
  load(): Promise<ProjectDoc>;
  /** Its project and its "run it" script. */
  scenario(): Promise<Scenario>;
}

function example(id: string, name: ExampleName, services: string[], scenario: () => Promise<Scenario>): Example {
  const titleKey = `gallery.${name}Title` as GalleryKey;
  const descriptionKey = `gallery.${name}Description` as GalleryKey;
  return {
    id, titleKey, descriptionKey, title: galleryTitles[titleKey as keyof typeof galleryTitles], services,
    load: async () => {
      // The course lessons written for this example travel in its project (hello world carries the
      // lessons of the landing project: they start from its `hello-world` function).
      const [doc, lessons] = await Promise.all([
        (await scenario()).project(),
        import('../lessons').then(({ lessonsFor }) => lessonsFor(id === 'hello-world' ? 'starter' : id)),
      ]);
      return lessons.length ? { ...doc, lessons } : doc;
    },
    scenario,
  };
}

export const EXAMPLES: readonly Example[] = [
  example('hello-world', 'helloWorld', ['Lambda'], async () => (await import('./hello-world')).scenario),
  example('rest-api', 'restApi', ['API Gateway', 'Lambda'], async () => (await import('./rest-api')).scenario),
  example('thumbnails', 'thumbnails', ['S3', 'Lambda'], async () => (await import('./thumbnail')).scenario),
  example('daily-job', 'dailyJob', ['EventBridge', 'Lambda', 'S3'], async () => (await import('./daily-job')).scenario),
  example('photo-feed', 'photoFeed', ['API Gateway', 'S3', 'DynamoDB', 'Lambda'], async () => (await import('./photo-feed/run')).scenario),
  example('notes-stream', 'notesStream', ['API Gateway', 'DynamoDB', 'Lambda'], async () => (await import('./notes-stream')).scenario),
  example('sqs-batch', 'sqsBatch', ['SQS', 'Lambda'], async () => (await import('./sqs-batch')).scenario),
  example('sns-fanout', 'snsFanout', ['SNS', 'SQS', 'Lambda'], async () => (await import('./sns-fanout')).scenario),
  example('iam-access-denied', 'iam', ['IAM', 'S3', 'Lambda'], async () => (await import('./iam-access-denied')).scenario),
  example('versions-alias', 'versions', ['Lambda'], async () => (await import('./versions-alias')).scenario),
  example('timeouts-memory', 'timeouts', ['Lambda'], async () => (await import('./timeouts-memory')).scenario),
  example('concurrency', 'concurrency', ['Lambda'], async () => (await import('./concurrency')).scenario),
];

export const exampleById = (id: string) => EXAMPLES.find((e) => e.id === id);
