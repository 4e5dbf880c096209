import { describe, expect, it } from 'vitest';
import { loadAciSplit } from '../../../test/eval/notes/aci-data.js';
import { noteContentSchema } from '../note.js';
import { getBuiltinTemplate } from '../templates/index.js';
import { parseAciDialogue } from '../transcript/aci.js';
import { importTranscript } from '../transcript/index.js';
import type { TranscriptSegment } from '../transcript.js';
import { draftOffline } from './index.js';
import { loadOfflineResources } from './node-resources.js';

const soap = getBuiltinTemplate('soap');

function expectExactEvidence(segments: TranscriptSegment[], draft: ReturnType<typeof draftOffline>): void {
  const bySeq = new Map(segments.map((s) => [s.seq, s.text]));
  const sentences = draft.content.sections.flatMap((s) => s.sentences);
  expect(sentences.length).toBeGreaterThan(0);
  for (const s of sentences) {
    expect(s.support).toBe('supported');
    expect(s.evidence.length).toBeGreaterThan(0);
    for (const e of s.evidence) {
      const text = bySeq.get(e.seq);
      expect(text, `segment ${e.seq}`).toBeDefined();
      expect(e.start).toBeLessThan(e.end);
      expect(e.end).toBeLessThanOrEqual(text?.length ?? 0);
      // Evidence starts and ends on word characters: it is the words, not padding.
      expect(text?.slice(e.start, e.end)).toMatch(/^[\w$'].*[\w%)]$|^\w$/s);
    }
  }
  for (const m of draft.mentions) {
    const first = m.evidence[0]!;
    expect(bySeq.get(first.seq)?.slice(first.start, first.end).toLowerCase()).toBe(m.text.toLowerCase());
  }
}

describe('draftOffline', () => {
  it('drafts a short visit with evidence that is an exact substring of the transcript', () => {
    const segments: TranscriptSegment[] = [
      {
        seq: 0,
        startMs: 0,
        endMs: 1000,
        speaker: 'clinician',
        text: 'Hi, how are you? What brings you in today?',
      },
      {
        seq: 1,
        startMs: 1000,
        endMs: 2000,
        speaker: 'patient',
        text: "Um, I've had this headache for three days.",
      },
      { seq: 2, startMs: 2000, endMs: 3000, speaker: 'clinician', text: 'Any fever or neck stiffness?' },
      { seq: 3, startMs: 3000, endMs: 4000, speaker: 'patient', text: 'No.' },
      {
        seq: 4,
        startMs: 4000,
        endMs: 5000,
        speaker: 'clinician',
        text: 'Your blood pressure is 120 over 80. Your neck is supple with no tenderness.',
      },
      {
        seq: 5,
        startMs: 5000,
        endMs: 6000,
        speaker: 'clinician',
        text: "I think this is a tension headache. I'm going to prescribe ibuprofen 400 mg.",
      },
    ];
    const draft = draftOffline(segments, soap);
    expect(noteContentSchema.parse(draft.content)).toEqual(draft.content);
    const text = (id: string) =>
      draft.content.sections.find((s) => s.id === id)?.sentences.map((s) => s.text) ?? [];
    expect(text('subjective')).toContain('Reports headache for 3 days.');
    expect(text('subjective').some((t) => /^Denies fever/.test(t))).toBe(true);
    expect(text('objective')).toContain('BP 120/80 mmHg.');
    // The assessed problem heads the assessment ("This is a tension headache." says nothing more);
    // the heading's evidence is the words that named it.
    expect(text('assessment')).toEqual(['Tension headache']);
    const heading = draft.content.sections.find((s) => s.id === 'assessment')?.sentences[0];
    expect(heading?.heading).toBe(true);
    expect(heading?.evidence.map((e) => segments[e.seq]?.text.slice(e.start, e.end))).toEqual([
      'tension headache',
    ]);
    expect(text('plan')).toContain('Ibuprofen 400 mg prescribed.');
    expect(draft.mentions.find((m) => m.normalized === 'fever')?.assertion).toBe('negated');
    expect(draft.mentions.find((m) => m.normalized === 'headache')?.assertion).toBe('present');
    expectExactEvidence(segments, draft);
  });

  it('drafts plain text without speaker labels, guessing the clinician from wording', () => {
    const { segments } = importTranscript(
      "I've had a sore throat for two days. No fever. On exam, your throat is red with no exudate. I'm going to prescribe amoxicillin 500 mg twice a day.",
    );
    const draft = draftOffline(segments, soap);
    const text = (id: string) =>
      draft.content.sections.find((s) => s.id === id)?.sentences.map((s) => s.text) ?? [];
    expect(text('subjective')).toContain('Reports sore throat for 2 days.');
    expect(text('objective').join(' ')).toMatch(/throat is red/i);
    expect(text('plan')).toContain('Amoxicillin 500 mg twice a day prescribed.');
    expect(draft.mentions.find((m) => m.normalized === 'fever')?.assertion).toBe('negated');
    expectExactEvidence(segments, draft);
  });

  it('returns empty sections and a warning for an empty transcript', () => {
    const draft = draftOffline([], soap);
    expect(draft.content.sections.every((s) => s.sentences.length === 0)).toBe(true);
    expect(draft.content.warnings).toHaveLength(1);
  });

  it('drafts ACI-Bench train D2N001 the way a clinician would expect', () => {
    const row = loadAciSplit('train').find((r) => r.encounter_id === 'D2N001');
    expect(row).toBeDefined();
    const { segments } = parseAciDialogue(row!.dialogue);
    const draft = draftOffline(segments, soap, loadOfflineResources());
    const section = (id: string) =>
      draft.content.sections
        .find((s) => s.id === id)
        ?.sentences.map((s) => s.text)
        .join(' ') ?? '';

    // Chief complaint first in Subjective.
    expect(draft.content.sections[0]?.sentences[0]?.text).toBe('Chief complaint: annual exam.');
    // The drug increased with its dose lands in Plan, not Subjective.
    expect(section('plan')).toMatch(/lisinopril to 40 mg/i);
    expect(section('plan')).toMatch(/lasix 20 mg/i);
    // Denied symptoms are pertinent negatives, never present problems.
    expect(section('subjective')).toMatch(/Denies chest pains?, shortness of breath/);
    const chestPain = draft.mentions.filter((m) => m.normalized === 'chest pain');
    expect(chestPain.length).toBeGreaterThan(0);
    expect(chestPain.every((m) => m.assertion === 'negated')).toBe(true);
    // The echocardiogram result is objective data.
    expect(section('objective')).toMatch(/45%/);
    // Hypertension is discussed as a current problem in the assessment.
    expect(draft.mentions.some((m) => m.normalized === 'hypertension' && m.assertion === 'present')).toBe(
      true,
    );
    expectExactEvidence(segments, draft);
  });

  it('keeps evidence exact for every ACI-Bench valid transcript', () => {
    const resources = loadOfflineResources();
    for (const row of loadAciSplit('valid')) {
      const { segments } = parseAciDialogue(row.dialogue);
      expectExactEvidence(segments, draftOffline(segments, soap, resources));
    }
  });
});
