import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { soapTemplate } from '../llm/test-support/llm-test-fixtures.js';
import { createTestDatabase } from '../test-support/test-db.js';
import { createServerDrafter, type ServerDrafter } from './server-drafter.js';

describe('the drafter the server runs', () => {
  let database: Database;
  let server: ServerDrafter;
  beforeAll(async () => {
    database = await createTestDatabase();
    server = createServerDrafter(database.db, undefined);
  });
  afterAll(async () => {
    await server?.offlineWorker.close();
    await database?.close();
  });

  it("drafts on its worker thread with the patient's recorded sex as the pronoun", async () => {
    const segments = [
      { seq: 0, startMs: 0, endMs: 900, speaker: 'patient' as const, text: 'I take metformin for diabetes.' },
    ];
    const text = async (sex: 'female' | 'male' | undefined) => {
      const out = await server.drafter.draft({
        segments,
        template: soapTemplate,
        patient: sex ? { mrn: 'X1', sex } : { mrn: 'X1' },
      });
      return out.content.sections.flatMap((s) => s.sentences.map((x) => x.text)).join(' ');
    };
    expect(await text('female')).toMatch(/\bShe takes metformin\b/);
    expect(await text('male')).toMatch(/\bHe takes metformin\b/);
    expect(await text(undefined)).toMatch(/\bThe patient takes metformin\b/);
  });

  it('answers 503 when its draft queue is full, rather than drafting on the event loop', async () => {
    const full = createServerDrafter(database.db, undefined, { workers: 1, maxQueued: 0 });
    try {
      const segments = Array.from({ length: 40 }, (_, seq) => ({
        seq,
        startMs: seq * 1000,
        endMs: seq * 1000 + 900,
        speaker: 'patient' as const,
        text: 'I take metformin for diabetes and lisinopril for my blood pressure.',
      }));
      const input = { segments, template: soapTemplate, patient: { mrn: 'X1' } };
      const first = full.drafter.draft(input);
      const second = await full.drafter.draft(input).catch((e: unknown) => e);
      expect(second).toMatchObject({ code: 'service_unavailable', status: 503 });
      expect((await first).engine).toBe('offline');
    } finally {
      await full.offlineWorker.close();
    }
  });

  it('leaves the event loop free while it drafts a long transcript (other requests keep being served)', async () => {
    const lines = [
      'I have had a dry cough for about two weeks and some wheezing at night.',
      'No fever. I take lisinopril for high blood pressure and I am allergic to penicillin.',
    ];
    const segments = Array.from({ length: 2000 }, (_, seq) => ({
      seq,
      startMs: seq * 4000,
      endMs: seq * 4000 + 3500,
      speaker: 'patient' as const,
      text: lines[seq % lines.length]!,
    }));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    let ticksWhenDone = -1;
    try {
      await server.drafter.draft({ segments, template: soapTemplate, patient: { mrn: 'X2' } }).then(() => {
        ticksWhenDone = ticks;
      });
    } finally {
      clearInterval(timer);
    }
    // Drafted on the event loop, the draft would finish before a single timer could fire.
    expect(ticksWhenDone).toBeGreaterThan(0);
  });
});
