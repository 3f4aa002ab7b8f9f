// Every example of the gallery: its project is a valid document that restores whole, and its run
// script passes against the real engine (in Node; the two that draw images with createImageBitmap
// run in the browser tests only).
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '.';
import { runScenario, type StepResult } from './scenario';
import { loadExample } from './test-support';

const BROWSER_ONLY = new Set(['thumbnails', 'photo-feed']);

describe('the example gallery', () => {
  it('lists one example per scenario of the course, each with English and Korean texts', async () => {
    expect(EXAMPLES.map((e) => e.id)).toEqual([
      'hello-world', 'rest-api', 'thumbnails', 'daily-job', 'photo-feed', 'notes-stream',
      'sqs-batch', 'sns-fanout', 'iam-access-denied', 'versions-alias', 'timeouts-memory', 'concurrency',
    ]);
    const { ko } = await import('../../i18n/messages/ko');
    for (const example of EXAMPLES) {
      expect(example.title.length, example.id).toBeGreaterThan(5);
      expect(ko[example.titleKey], example.id).not.toBe(example.title);
      expect(typeof ko[example.descriptionKey]).toBe('string');
    }
  });

  for (const example of EXAMPLES) {
    it(`${example.id}: the project restores whole${BROWSER_ONLY.has(example.id) ? '' : ' and its run passes every step'}`, async () => {
      const scenario = await example.scenario();
      const doc = scenario.project();
      // A fresh copy every time: running one must not change the next.
      expect(scenario.project().functions).toEqual(doc.functions);
      // Sample events for every function (the chain's are its saved API requests and its front end).
      if (example.id !== 'photo-feed') expect(doc.functions.filter((fn) => fn.testEvents.length === 0).map((fn) => fn.name)).toEqual([]);
      const { engine, api, problems } = await loadExample(doc);
      try {
        expect(problems).toEqual([]);
        if (BROWSER_ONLY.has(example.id)) return;
        const steps: StepResult[] = [];
        const passed = await runScenario(scenario, api, (step) => steps.push(step));
        expect(steps.filter((s) => !s.ok)).toEqual([]);
        expect(passed).toBe(true);
        expect(steps.length).toBeGreaterThanOrEqual(3);
      } finally {
        engine.dispose();
      }
    }, 60_000);
  }
});
