import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTestSubset } from '../../server/coding/test-support/icd10-subset.js';
import { createDrafter } from '../../server/drafting/drafter.js';
import { createTestContext, json, type TestContext } from '../../server/test-support/test-app.js';
import { testDatabaseKinds } from '../../server/test-support/test-db.js';
import { base64ToUtf8 } from '../../shared/clinical/export/index.js';
import { importTranscript } from '../../shared/clinical/transcript/index.js';

const dialogue = `[doctor] hi, what brings you in today?
[patient] i've had a cough and a fever for three days, and my chest feels tight.
[doctor] any chest pain or shortness of breath?
[patient] no chest pain. a little short of breath on stairs.
[doctor] your temperature is 101.2 and your oxygen saturation is 95 percent. on exam i hear crackles in the right lower lobe.
[doctor] this looks like community acquired pneumonia. i'm going to prescribe amoxicillin 1000 mg three times a day for 5 days.
[doctor] come back in one week or sooner if you get worse.
[patient] okay, thank you.`;

interface DraftBody {
  engine: string;
  warnings: string[];
  note: {
    id: string;
    version: number;
    content: {
      sections: {
        id: string;
        sentences: {
          text: string;
          evidence: { seq: number; start: number; end: number }[];
          support: string;
        }[];
      }[];
    };
    codes: { id: string; code: string; status: string; evidence: unknown[] }[];
  };
}

describe.each(testDatabaseKinds())('drafting, coding and export through the API (%s)', (kind) => {
  let t: TestContext;
  let encounterId: string;
  const segments = importTranscript(dialogue).segments;

  beforeAll(async () => {
    // The real drafting pipeline (offline engine + code suggestions) instead of the echo drafter.
    t = await createTestContext(kind, (db) => createDrafter({ db }));
    await importTestSubset(t.database.db);
    encounterId = (
      await json(
        await t.call('POST', '/encounters', {
          token: t.tokens.clinician,
          body: {
            patient: { mrn: 'DRAFT-1', displayName: 'Alex Doe' },
            consent: { attested: true, method: 'verbal' },
          },
        }),
      )
    ).id as string;
    await t.call('POST', `/encounters/${encounterId}/segments`, {
      token: t.tokens.clinician,
      body: { segments },
    });
  });
  afterAll(() => t.close());

  it('drafts a note whose every sentence cites real transcript words, with code suggestions', async () => {
    const res = await t.call('POST', `/encounters/${encounterId}/draft`, {
      token: t.tokens.clinician,
      body: { templateKey: 'soap' },
    });
    expect(res.status).toBe(201);
    const body = await json<DraftBody>(res);
    expect(body.engine).toBe('offline');
    const sentences = body.note.content.sections.flatMap((s) => s.sentences);
    expect(sentences.length).toBeGreaterThan(3);
    for (const s of sentences) {
      expect(s.support).toBe('supported');
      for (const e of s.evidence) {
        const seg = segments.find((x) => x.seq === e.seq)!;
        expect(e.end).toBeGreaterThan(e.start);
        expect(e.end).toBeLessThanOrEqual(seg.text.length);
      }
    }
    const plan = body.note.content.sections.find((s) => s.id === 'plan')!;
    expect(plan.sentences.map((s) => s.text).join(' ')).toMatch(/amoxicillin 1000 mg/i);
    expect(body.note.codes.map((k) => k.code)).toContainEqual(expect.stringMatching(/^J18/));
    expect(body.note.codes.map((k) => k.code).some((c) => c.startsWith('R07'))).toBe(false); // "no chest pain" is negated
  });

  it('re-drafting after a human edit keeps the edit as a version and says so', async () => {
    const note = await json<DraftBody['note']>(
      await t.call('GET', `/notes/${await latestNoteId()}`, { token: t.tokens.staff }),
    );
    const content = structuredClone(note.content);
    content.sections[0]!.sentences.push({
      text: 'Staff clarification.',
      evidence: [],
      support: 'edited',
      id: 'staff-1',
    } as never);
    const edit = await t.call('PUT', `/notes/${note.id}`, {
      token: t.tokens.staff,
      body: { content },
      headers: { 'if-match': `"${note.version}"` },
    });
    expect(edit.status).toBe(200);
    const redraft = await json<DraftBody>(
      await t.call('POST', `/encounters/${encounterId}/draft`, { token: t.tokens.clinician, body: {} }),
    );
    expect(redraft.note.version).toBe(note.version + 2);
    expect(redraft.warnings.join(' ')).toMatch(/edits by a person/);
    const old = await json<{ content: DraftBody['note']['content'] }>(
      await t.call('GET', `/notes/${note.id}/versions/${note.version + 1}`, { token: t.tokens.clinician }),
    );
    expect(JSON.stringify(old.content)).toContain('Staff clarification.');
  });

  it('exports text, Markdown and a FHIR bundle with accepted codes as Conditions', async () => {
    const id = await latestNoteId();
    const note = await json<DraftBody['note']>(
      await t.call('GET', `/notes/${id}`, { token: t.tokens.clinician }),
    );
    const pneumonia = note.codes.find((k) => k.code.startsWith('J18'))!;
    await t.call('PATCH', `/notes/${id}/codes/${pneumonia.id}`, {
      token: t.tokens.staff,
      body: { status: 'accepted' },
    });
    const signed = await t.call('POST', `/notes/${id}/sign`, {
      token: t.tokens.clinician,
      headers: { 'if-match': `"${note.version}"` },
    });
    expect(signed.status).toBe(200);

    const text = await t.call('GET', `/notes/${id}/export?format=text`, { token: t.tokens.staff });
    expect(text.headers.get('content-type')).toContain('text/plain');
    expect(await text.text()).toMatch(/amoxicillin 1000 mg/i);
    const md = await (
      await t.call('GET', `/notes/${id}/export?format=markdown`, { token: t.tokens.staff })
    ).text();
    expect(md).toMatch(/^#/m);
    const bundle = await json<{ resourceType: string; entry: { resource: Record<string, unknown> }[] }>(
      await t.call('GET', `/notes/${id}/export?format=fhir`, { token: t.tokens.staff }),
    );
    expect(bundle.resourceType).toBe('Bundle');
    const types = bundle.entry.map((e) => e.resource.resourceType);
    expect(types).toEqual(expect.arrayContaining(['Patient', 'Encounter', 'DocumentReference', 'Condition']));
    const conditions = bundle.entry.filter((e) => e.resource.resourceType === 'Condition');
    expect(conditions).toHaveLength(1);
    expect(JSON.stringify(conditions[0])).toContain(`${pneumonia.code.slice(0, 3)}.`);
    const doc = bundle.entry.find((e) => e.resource.resourceType === 'DocumentReference')!.resource as {
      status: string;
      content: { attachment: { contentType: string; data: string } }[];
    };
    const plain = doc.content.find((c) => c.attachment.contentType.startsWith('text/plain'))!;
    expect(base64ToUtf8(plain.attachment.data)).toMatch(/amoxicillin/i);
  });

  async function latestNoteId(): Promise<string> {
    const list = await json<{ notes: { id: string }[] }>(
      await t.call('GET', `/encounters/${encounterId}/notes`, { token: t.tokens.clinician }),
    );
    return list.notes[0]!.id;
  }
});
