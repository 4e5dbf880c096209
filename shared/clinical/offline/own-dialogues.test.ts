import { describe, expect, it } from 'vitest';
import { noteToText } from '../export/text.js';
import { proseDefects } from '../quality/prose-defects.js';
import { getBuiltinTemplate } from '../templates/index.js';
import { withSyntheticTimes } from '../transcript/timing.js';
import type { TranscriptSegment } from '../transcript.js';
import { draftOffline, type RecordedSex } from './index.js';
import { loadOfflineResources } from './node-resources.js';
import { LABELLED_DIALOGUES, OWN_DIALOGUES } from './test-support/own-dialogues.js';

const resources = loadOfflineResources();
const soap = getBuiltinTemplate('soap');

/** A visit as one microphone delivers it: every segment speaker `unknown`. */
function draft(name: keyof typeof OWN_DIALOGUES, sex?: RecordedSex) {
  const segments: TranscriptSegment[] = withSyntheticTimes(
    OWN_DIALOGUES[name].map((text) => ({ speaker: 'unknown' as const, text })),
  );
  const content = draftOffline(segments, soap, resources, sex ? { sex } : {}).content;
  const section = (id: string) => content.sections.find((s) => s.id === id)?.sentences ?? [];
  const text = (id: string) =>
    section(id)
      .map((s) => s.text)
      .join(' ');
  return { content, segments, section, text };
}

/** A visit whose speakers were recorded (telehealth, or corrected by the clinician). */
function draftLabelled(name: keyof typeof LABELLED_DIALOGUES, sex?: RecordedSex) {
  const segments: TranscriptSegment[] = withSyntheticTimes(
    LABELLED_DIALOGUES[name].map(([speaker, text]) => ({ speaker, text })),
  );
  const content = draftOffline(segments, soap, resources, sex ? { sex } : {}).content;
  const text = (id: string) =>
    (content.sections.find((s) => s.id === id)?.sentences ?? []).map((s) => s.text).join(' ');
  return { content, text };
}

describe('offline drafter on unlabelled visits written in our own words', () => {
  it('keeps the clinician as the one who prescribes, and the exam out of Subjective (pneumonia)', () => {
    const { text } = draft('pneumonia');
    expect(text('plan')).toMatch(/prescribe doxycycline 100 mg twice a day for 7 days/i);
    expect(text('plan')).toMatch(/Follow-up in 48 hours/);
    expect(`${text('subjective')} ${text('plan')}`).not.toMatch(/patient will prescribe/i);
    expect(text('objective')).toMatch(/crackles at the right lung base/);
    expect(text('objective')).not.toMatch(/\bI hear\b/);
    expect(text('subjective')).not.toMatch(/crackles/);
    expect(text('assessment')).toMatch(/pneumonia/);
  });

  it("keeps the mechanism of injury, the clinician's instructions as advice and the smoking answer (sprain)", () => {
    const { text, section } = draft('sprain');
    const complaint = section('subjective')[0]?.text;
    expect(complaint).toBe('Chief complaint: left foot injury (landed in a pothole and rolled inward).');
    expect(text('subjective')).toMatch(/Denies numbness or tingling in the foot\./);
    expect(text('subjective')).toMatch(/Denies current smoking\. The patient quit about 5 years ago\./);
    expect(text('plan')).toMatch(/^Advised to wear the lace-up brace, ice it 20 minutes 3 times a day/);
    expect(text('plan')).toMatch(/Follow-up in 2 weeks if it is not improving\./);
    // The clinician's instructions are never the patient's own statements.
    expect(text('subjective')).not.toMatch(/\b(wear|ice it|ibuprofen|follow up)\b/i);
    expect(text('objective')).toMatch(/swelling and bruising over the outside of the left ankle/);
  });

  it('keeps the history that explains the visit (heart failure)', () => {
    const { text } = draft('heartFailure');
    expect(text('subjective')).toMatch(/ran out of their furosemide about a month ago/);
    expect(text('assessment')).toMatch(/exacerbation of their heart failure/);
    expect(text('plan')).toMatch(/restart furosemide 40 mg once daily/i);
    expect(text('objective')).toMatch(/crackles at both lung bases/);
  });

  it('turns a yes/no answer into the finding it answers and plan talk into orders (mental health)', () => {
    const { text } = draft('mentalHealth');
    expect(text('subjective')).toMatch(/Denies suicidal ideation or thoughts of self-harm\./);
    expect(text('plan')).toMatch(/increase sertraline to 100 mg daily and refer the patient to counseling/i);
    expect(text('plan')).toMatch(/Follow-up in 4 weeks\./);
  });

  it('turns "No, but ..." into the denial it answers and keeps what follows (telehealth follow-up)', () => {
    const { text, content, segments } = draft('telehealthFollowUp');
    expect(text('subjective')).toMatch(/Denies fever, rash or trouble breathing\./);
    expect(text('subjective')).toMatch(/mild headache on and off since Thursday/);
    expect(text('plan')).toMatch(/Advised to finish all 10 days of the penicillin and message the clinic/);
    expect(text('subjective')).not.toMatch(/\bNo, but\b/);
    const denial = content.sections
      .flatMap((s) => s.sentences)
      .find((s) => s.text.startsWith('Denies fever'));
    const answer = denial?.evidence.at(-1);
    const said = segments.find((s) => s.seq === answer?.seq)?.text.slice(answer?.start, answer?.end);
    expect(said).toBe('No');
  });

  // The parent speaks ('other') between the clinician's questions and exam: the examiner's segment
  // after the parent's answer is the clinician's, not the parent's (it was dropped as 'other').
  it('documents exam findings as findings (paediatric)', () => {
    const { text } = draft('paediatric');
    expect(text('objective')).toMatch(/right eardrum is red and bulging/i);
    expect(text('subjective')).not.toMatch(/eardrum|bulging/i);
    expect(text('plan')).toMatch(/amoxicillin 400 mg twice a day for 10 days/);
  });

  it("documents the clinician's stated diagnosis, every exam finding and the carer's part (paediatric ear)", () => {
    const { text, content } = draft('paediatric');
    // "He has a right middle ear infection" is the diagnosis, under a clinical name.
    expect(text('assessment')).toMatch(/right middle ear infection/);
    expect(text('subjective')).not.toMatch(/ear infection/);
    const headings = content.sections.flatMap((s) => s.sentences.filter((x) => x.heading).map((x) => x.text));
    expect(headings).toContain('Right otitis media');
    expect(headings.join(' ')).not.toMatch(/middle otitis|^Fever$/im);
    // The findings said after the first one are the examiner's too.
    expect(text('objective')).toMatch(/The left one looks normal\. His throat is clear\./);
    // The parent gives the medicine, not the patient.
    expect(text('plan')).toMatch(/caregiver may give acetaminophen for the fever/);
    expect(text('plan')).not.toMatch(/patient can give/);
    // Advice and return precautions are the plan.
    expect(text('plan')).toMatch(/Advised to make sure he keeps drinking plenty/);
    expect(text('plan')).toMatch(/Advised to go to the ER if he has trouble breathing/);
    expect(text('subjective')).not.toMatch(/drinking plenty|\bER\b/);
  });

  it("puts a cold's home care and its emergency signs in the plan under the diagnosis (paediatric cold)", () => {
    const { text, content } = draft('paediatricCold');
    expect(text('assessment')).toMatch(/common cold/);
    expect(text('plan')).toMatch(/Advised to keep her home from nursery until the fever has been gone/);
    expect(text('plan')).toMatch(/Advised to run a cool mist humidifier/);
    // Said condition first, written as the instruction and then its condition.
    expect(text('plan')).toMatch(
      /Advised to take her to the emergency room straight away if she starts breathing fast or her lips look blue\./,
    );
    expect(text('subjective')).not.toMatch(/humidifier|nursery|emergency/);
    // The fever and cough the home care mentions are no problems of their own.
    const headings = content.sections.flatMap((s) => s.sentences.filter((x) => x.heading).map((x) => x.text));
    expect(headings).not.toContain('Fever');
    expect(headings).not.toContain('Cough');
  });

  it('keeps the judgement without the hedge and the safety plan in the plan (mental health)', () => {
    const { text } = draft('mentalHealth');
    expect(text('assessment')).toMatch(/^(?:Depression )?Their depression is not well controlled\./);
    expect(text('assessment')).not.toMatch(/sounds like/i);
    expect(text('plan')).toMatch(
      /Advised to call 988 or go to the nearest emergency room if the patient ever has thoughts of ending their life\./,
    );
    expect(text('subjective')).not.toMatch(/988|emergency/);
  });

  it('keeps every finding of the exam and the emergency signs (heart failure)', () => {
    const { text } = draft('heartFailure');
    expect(text('objective')).toMatch(/The neck veins are distended\./);
    expect(text('plan')).toMatch(
      /Advised to go to the emergency room if the patient gets short of breath lying flat/,
    );
    expect(text('subjective')).not.toMatch(/emergency/);
  });

  it('refers to the patient by the recorded sex only, never by words from the conversation', () => {
    // The paediatric parent says "he"; without a recorded sex the clinician's own sentences stay neutral.
    const neutral = draft('heartFailure');
    const all = neutral.content.sections.flatMap((s) => s.sentences.map((x) => x.text)).join(' ');
    expect(all).not.toMatch(/\b(she|he|her|his|him)\b/i);
    const recorded = draft('heartFailure', 'female');
    expect(recorded.text('subjective')).toMatch(/ran out of her furosemide/);
  });

  it('writes the patient in the third person with agreeing verbs, and no bare fragments', () => {
    const { text } = draft('heartFailure');
    expect(text('subjective')).toMatch(/the patient gets winded walking to the mailbox/);
    expect(text('plan')).toMatch(/Advised to weigh themselves every morning/);
    const health = draft('mentalHealth');
    expect(health.text('subjective')).toMatch(/Taking sertraline 50 mg every morning/);
    for (const name of Object.keys(OWN_DIALOGUES) as Array<keyof typeof OWN_DIALOGUES>) {
      const all = draft(name).content.sections.flatMap((x) => x.sentences.map((s) => s.text));
      for (const sentence of all) {
        expect(sentence, name).not.toMatch(
          /\b(?:the patient|she|he) (?:get|need|remember|have|do|feel|take|want|know|think|carry)\b/i,
        );
        // A sentence opens with a word, not with a dose or a dangling conjunction.
        expect(sentence, name).not.toMatch(/^(?:\d|and\b|but\b|or\b)/i);
      }
    }
  });

  it("writes the clinician's first person as findings and orders (a run-on knee exam)", () => {
    const { text, content } = draftLabelled('kneeRunOn', 'female');
    const all = content.sections.flatMap((s) => s.sentences.map((x) => x.text)).join(' ');
    // Restarts and the examiner's hands are gone; what was found stays.
    expect(all).not.toMatch(/there is no,? there is no/i);
    expect(text('objective')).toMatch(/tender on palpation on the inside of the joint/i);
    expect(text('objective')).toMatch(/no laxity/i);
    expect(text('objective')).toMatch(/small effusion/i);
    expect(all).not.toMatch(/\bwhen I press\b|\bI (?:do )?notice\b|\bI don't appreciate\b/i);
    // Plans in the first person become orders.
    expect(`${text('plan')} ${text('assessment')}`).toMatch(/MRI of the right knee/i);
    expect(`${text('plan')} ${text('assessment')}`).toMatch(/naproxen 500 mg twice a day/i);
    expect(all).not.toMatch(/\bI(?:'ll| will| would like|'d like)\b/);
    // An aside about the visit documents nothing.
    expect(all).not.toMatch(/glad/i);
  });

  it('heads each plan with the problem the clinician announced (two problems)', () => {
    const { content } = draftLabelled('twoProblems');
    const ap = noteToText({ ...content, sections: content.sections.filter((s) => s.id === 'plan') });
    expect(ap).toMatch(/^Asthma: will start fluticasone inhaler 110 mcg/im);
    expect(ap).toMatch(/^Diabetes: .*metformin to 1000 mg twice a day/im);
    expect(ap).not.toMatch(/first problem|second problem/i);
    for (const s of content.sections.flatMap((x) => x.sentences))
      expect(proseDefects(s.text, { heading: s.heading === true }), s.text).toEqual([]);
  });

  it('drafts no sentence with conversation left in it from these visits', () => {
    for (const name of Object.keys(OWN_DIALOGUES) as Array<keyof typeof OWN_DIALOGUES>) {
      for (const s of draft(name).content.sections.flatMap((x) => x.sentences))
        expect(proseDefects(s.text, { heading: s.heading === true }), `${name}: ${s.text}`).toEqual([]);
    }
  });

  it('never ships conversation as finished prose: defective sentences are flagged for review', () => {
    for (const name of Object.keys(OWN_DIALOGUES) as Array<keyof typeof OWN_DIALOGUES>) {
      const { content } = draft(name);
      for (const s of content.sections.flatMap((x) => x.sentences)) {
        if (proseDefects(s.text, { heading: s.heading === true }).length > 0)
          expect(s.review, `${name}: ${s.text}`).toBeDefined();
      }
    }
  });

  it('keeps every evidence range inside its segment', () => {
    for (const name of Object.keys(OWN_DIALOGUES) as Array<keyof typeof OWN_DIALOGUES>) {
      const { content, segments } = draft(name);
      for (const s of content.sections.flatMap((x) => x.sentences)) {
        for (const e of s.evidence) {
          const seg = segments.find((x) => x.seq === e.seq);
          expect(seg).toBeDefined();
          expect(e.end).toBeLessThanOrEqual(seg?.text.length ?? 0);
          expect(e.start).toBeLessThan(e.end);
        }
      }
    }
  });
});
