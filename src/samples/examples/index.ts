// The example projects, as the gallery lists them; each loads on demand (its handlers and IAM
// documents are not part of the first visit).
import type { ProjectDoc } from '../../project/types';

/** One example: what the gallery shows and how to make a fresh copy of its project. */
export interface Example {
  id: string;
  title: string;
  description: string;
  load(): Promise<ProjectDoc>;
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'thumbnails',
    title: 'S3 thumbnails',
    description: 'Upload a photo to one bucket; a function makes a thumbnail in another.',
    load: async () => (await import('./thumbnail')).thumbnailExample(),
  },
  {
    id: 'notes-stream',
    title: 'DynamoDB stream',
    description: 'An API puts notes into a table; its stream invokes a second function that keeps totals.',
    load: async () => (await import('./notes-stream')).notesStreamExample(),
  },
  {
    id: 'photo-feed',
    title: 'Photo → metadata → feed chain',
    description: 'A photo lands in S3, its metadata goes to DynamoDB, the stream fans it out to followers’ feeds, an API serves them.',
    load: async () => (await import('./photo-feed')).photoFeedExample(),
  },
];
