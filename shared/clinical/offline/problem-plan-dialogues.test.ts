import { describe, expect, it } from 'vitest';
import { noteToText } from '../export/text.js';
import type { NoteContent } from '../note.js';
import { isHeadingSection, proseDefects } from '../quality/prose-defects.js';
import { getBuiltinTemplate } from '../templates/index.js';
import { withSyntheticTimes } from '../transcript/timing.js';
import type { TranscriptSegment } from '../transcript.js';
import { draftOffline } from './index.js';
import { loadOfflineResources } from './node-resources.js';
import { isAcknowledgement } from './problem-plan.js';
import { PLAN_DIALOGUES } from './test-support/plan-dialogues.js';

const resources = loadOfflineResources();

/** A visit as one microphone delivers it (every speaker `unknown`), drafted with a built-in template. */
function draft(name: keyof typeof PLAN_DIALOGUES, template: 'soap' | 'hp') {
  const segments: TranscriptSegment[] = withSyntheticTimes(
    PLAN_DIALOGUES[name].map((text) => ({ speaker: 'unknown' as const, text })),
  );
  const content = draftOffline(segments, getBuiltinTemplate(template), resources).content;
  return { content, segments };
}

const AP_SECTIONS = new Set(['assessment', 'plan', 'assessment-plan']);
const apSentences = (content: NoteContent) =>
  content.sections.filter((s) => AP_SECTIONS.has(s.id)).flatMap((s) => s.sentences);

/** The A/P as blocks: each heading with the sentences under it, in order. */
function blocks(content: NoteContent, sectionId: string): Array<[string, string[]]> {
  const out: Array<[string, string[]]> = [];
  for (const s of content.sections.find((x) => x.id === sectionId)?.sentences ?? []) {
    if (s.heading) out.push([s.text, []]);
    else out.at(-1)?.[1].push(s.text);
  }
  return out;
}

describe('assessment and plan per problem, on unlabelled visits in our own words', () => {
  it('gives each problem of a two-problem visit one block: reasoning, then orders (H&P)', () => {
    const { content } = draft('heartFailureAndPneumonia', 'hp');
    const ap = blocks(content, 'assessment-plan');
    expect(ap.map(([h]) => h)).toEqual(['Right lower lobe pneumonia', 'Heart failure', 'Disposition']);
    const [pneumonia, heartFailure, disposition] = ap.map(([, s]) => s.join(' '));
    expect(pneumonia).toMatch(
      /^Given the crackles and the fever, this is most likely .*pneumonia\..*amoxicillin 1 gram/,
    );
    expect(heartFailure).toMatch(/worse because the furosemide ran out\..*restart furosemide 40 mg/i);
    expect(disposition).toMatch(/^Follow-up in 1 week/);
    expect(noteToText(content)).toMatch(/^Right lower lobe pneumonia: Given the crackles/m);
  });

  it('heads the reasoning in Assessment and the orders in Plan with the same problem (SOAP)', () => {
    const { content } = draft('paediatricAsthmaAndEczema', 'soap');
    expect(blocks(content, 'assessment').map(([h]) => h)).toEqual(['Asthma', 'Eczema']);
    const plan = blocks(content, 'plan');
    expect(plan.map(([h]) => h)).toEqual(['Asthma', 'Eczema', 'Disposition']);
    expect(plan[0]?.[1].join(' ')).toMatch(/fluticasone 50 mcg/);
    expect(plan[1]?.[1].join(' ')).toMatch(/hydrocortisone 1% cream/);
    // Reasoning stays in the assessment, orders in the plan.
    expect(blocks(content, 'assessment')[0]?.[1].join(' ')).toMatch(/not well controlled/);
  });

  it('links every problem heading to the words that named it', () => {
    for (const name of ['heartFailureAndPneumonia', 'paediatricAsthmaAndEczema'] as const) {
      const { content, segments } = draft(name, 'hp');
      for (const s of apSentences(content).filter((x) => x.heading && x.text !== 'Disposition')) {
        const said = s.evidence.map((e) => segments.find((x) => x.seq === e.seq)?.text.slice(e.start, e.end));
        expect(said.join(' ').toLowerCase(), s.text).toContain(s.text.toLowerCase());
      }
      for (const section of content.sections)
        for (const s of section.sentences) {
          const heading = s.heading === true || isHeadingSection(section.id);
          expect(proseDefects(s.text, { heading }), `${name}: ${s.text}`).toEqual([]);
        }
    }
  });

  it('documents "I think we should…" and "the best course is…" as the clinician, never the patient', () => {
    for (const name of Object.keys(PLAN_DIALOGUES) as Array<keyof typeof PLAN_DIALOGUES>) {
      const text = noteToText(draft(name, 'soap').content);
      expect(text, name).not.toMatch(/\b(?:patient|she|he|they)\s+(?:thinks?|believes?)\b/i);
      expect(text, name).not.toMatch(/\b(?:we|I)\b/);
    }
    const surgery = draft('shoulderSurgery', 'soap').content;
    expect(surgery.sections.find((s) => s.id === 'plan')?.sentences.map((s) => s.text)).toEqual([
      'Recommend surgery to repair the tendon.',
    ]);
    const pneumonia = draft('heartFailureAndPneumonia', 'soap').content;
    const subjective = pneumonia.sections.find((s) => s.id === 'subjective')?.sentences ?? [];
    expect(subjective.map((s) => s.text).join(' ')).not.toMatch(/pneumonia|amoxicillin|furosemide 40/i);
  });

  it('never makes an acknowledgement the assessment and plan', () => {
    for (const name of Object.keys(PLAN_DIALOGUES) as Array<keyof typeof PLAN_DIALOGUES>) {
      for (const template of ['soap', 'hp'] as const)
        for (const s of apSentences(draft(name, template).content))
          expect(isAcknowledgement(s.text), `${name}: ${s.text}`).toBe(false);
    }
    // A check-in that only ends "Sounds good." "Okay." has no plan to document.
    expect(apSentences(draft('telehealthKneeCheck', 'soap').content)).toEqual([]);
  });
});
