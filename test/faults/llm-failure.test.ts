import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDrafter } from '../../server/drafting/drafter.js';
import { FakeOpenAiServer } from '../../server/llm/test-support/fake-openai-server.js';
import { createTestContext, json, type TestContext } from '../../server/test-support/test-app.js';

type Segment = { seq: number; text: string };
type Draft = { note: { id: string; version: number; content: unknown }; engine: string; warnings: string[] };

describe('the LLM endpoint failing never loses a transcript or an earlier draft', () => {
  const fake = new FakeOpenAiServer();
  let t: TestContext;
  let encounterId: string;
  const segments = [
    { seq: 0, startMs: 0, endMs: 2000, speaker: 'clinician', text: 'What brings you in today?' },
    { seq: 1, startMs: 2000, endMs: 5000, speaker: 'patient', text: 'A cough for two weeks and some fever.' },
    { seq: 2, startMs: 5000, endMs: 9000, speaker: 'clinician', text: 'This sounds like acute bronchitis.' },
  ];
  beforeAll(async () => {
    const baseURL = await fake.start();
    t = await createTestContext('pglite', {
      draft: (input) => drafter.draft(input),
    });
    // The real drafting pipeline against the fake endpoint: short timeout, no retries, so a hang is quick.
    const drafter = createDrafter({
      db: t.database.db,
      llm: { baseURL, model: 'fake-model', apiKey: 'k', timeoutMs: 1500, maxRetries: 0, minimisePhi: true },
    });
    encounterId = (
      await json(
        await t.call('POST', '/encounters', {
          token: t.tokens.clinician,
          body: { patient: { mrn: 'FAULT-LLM' }, consent: { attested: true, method: 'verbal' } },
        }),
      )
    ).id as string;
    const up = await t.call('POST', `/encounters/${encounterId}/segments`, {
      token: t.tokens.clinician,
      body: { segments },
    });
    expect(up.status).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
    await fake.stop();
  });

  it.each([
    ['429 rate limit', { kind: 'status', status: 429 } as const],
    ['500 server error', { kind: 'status', status: 500 } as const],
    ['a hang past the timeout', { kind: 'hang' } as const],
    ['garbage instead of JSON', { kind: 'content', content: 'lorem ipsum }{ not json' } as const],
  ])('%s → offline draft with a warning; transcript and earlier versions intact', async (_label, reply) => {
    const notesBefore = await json<{ notes: { id: string; version: number }[] }>(
      await t.call('GET', `/encounters/${encounterId}/notes`, { token: t.tokens.clinician }),
    );
    const earlier = notesBefore.notes[0];
    const earlierContent = earlier
      ? await json(
          await t.call('GET', `/notes/${earlier.id}/versions/${earlier.version}`, {
            token: t.tokens.clinician,
          }),
        )
      : undefined;

    fake.script(reply);
    const res = await t.call('POST', `/encounters/${encounterId}/draft`, {
      token: t.tokens.clinician,
      body: { templateKey: 'soap', mode: 'auto' },
    });
    expect(res.status).toBe(201);
    const draft = await json<Draft>(res);
    expect(draft.engine).toBe('offline');
    expect(draft.warnings.join(' ')).toMatch(/LLM endpoint failed/);
    expect(JSON.stringify(draft.note.content)).toContain('cough');

    const stored = await json<{ segments: Segment[] }>(
      await t.call('GET', `/encounters/${encounterId}/segments`, { token: t.tokens.clinician }),
    );
    expect(stored.segments.map((s) => [s.seq, s.text])).toEqual(segments.map((s) => [s.seq, s.text]));
    if (earlier && earlierContent) {
      expect(draft.note.version).toBe(earlier.version + 1);
      const again = await json(
        await t.call('GET', `/notes/${earlier.id}/versions/${earlier.version}`, {
          token: t.tokens.clinician,
        }),
      );
      expect(again).toEqual(earlierContent);
    }
  });
});
