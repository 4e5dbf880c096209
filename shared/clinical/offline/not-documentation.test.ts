import { describe, expect, it } from 'vitest';
import { getBuiltinTemplate } from '../templates/index.js';
import type { TranscriptSegment } from '../transcript.js';
import { draftOffline } from './index.js';
import { documentablePart, isNotDocumentation } from './not-documentation.js';
import type { SentenceUnit } from './units.js';

const unit = (text: string, start = 0): SentenceUnit => ({
  seq: 4,
  start,
  end: start + text.length,
  speaker: 'clinician',
  text,
  isQuestion: false,
});

const segment = (seq: number, text: string, speaker: TranscriptSegment['speaker'] = 'unknown') =>
  ({ seq, speaker, text, startMs: seq * 1000, endMs: seq * 1000 + 900 }) as TranscriptSegment;

describe('talk that is not documentation', () => {
  it('drops sign-offs at the end of a telehealth follow-up', () => {
    for (const said of [
      'alright we will talk soon take care bye',
      "you're very welcome have a good rest of your day",
      'okay it was really nice talking with you again',
      'thanks so much for your time, drive safe',
      'I hope you feel better soon',
    ])
      expect([said, isNotDocumentation(said)]).toEqual([said, true]);
  });

  it('drops talk to the recorder and about recording', () => {
    for (const said of [
      "I'll be calling out the exam findings as I go",
      'let me just put that into the system real quick',
      'okay this visit is being recorded today',
      "I'm going to stop the recording now",
      'hey dragon',
    ])
      expect([said, isNotDocumentation(said)]).toEqual([said, true]);
  });

  it('keeps what documents something, and a bare answer for the question before it', () => {
    for (const said of [
      'she is unable to take care of herself since the stroke',
      'no problems with his breathing at night',
      'put it on twice a day after a shower',
      'we will see you back in six weeks',
      'I will put in an order for a chest x-ray',
      'yes',
    ])
      expect([said, isNotDocumentation(said)]).toEqual([said, false]);
  });

  it('cuts a sign-off off either end of a sentence, keeping the range exact', () => {
    const text = "you're welcome we'll see him back in 2 weeks for the sprained wrist take care";
    const kept = documentablePart(unit(text, 10));
    expect(kept?.text).toBe("we'll see him back in 2 weeks for the sprained wrist");
    expect(text.slice((kept?.start ?? 0) - 10, (kept?.end ?? 0) - 10)).toBe(kept?.text);
    expect(documentablePart(unit('her mother helps her take care'))?.text).toBe(
      'her mother helps her take care',
    );
  });

  const written = (said: Array<[TranscriptSegment['speaker'], string]>) =>
    draftOffline(
      said.map(([speaker, text], i) => segment(i + 1, text, speaker)),
      getBuiltinTemplate('soap'),
    ).content.sections.flatMap((s) => s.sentences.map((x) => `${s.id}: ${x.text}`));

  it('never writes a pleasantry into the exam or the plan of a heart failure visit', () => {
    const exam = written([
      ['clinician', 'physical exam'],
      ['clinician', 'there are crackles at both lung bases and 2 plus pitting edema to the shins'],
      ['patient', 'thank you'],
      ['clinician', "you're welcome."],
    ]);
    expect(exam).toContain(
      'objective: There are crackles at both lung bases and 2 plus pitting edema to the shins.',
    );
    expect(exam.filter((t) => /welcome/i.test(t))).toEqual([]);
    const plan = written([
      ['clinician', 'assessment and plan'],
      ['clinician', 'for her heart failure we will increase the furosemide to 40 mg twice a day'],
      ['patient', 'thank you so much'],
      ['clinician', "you're welcome. we'll talk soon."],
    ]);
    expect(plan.some((t) => /furosemide to 40 mg/.test(t))).toBe(true);
    expect(plan.filter((t) => /talk soon|welcome/i.test(t))).toEqual([]);
  });

  it('never writes talk to the recorder into a dictated exam', () => {
    const exam = written([
      ['clinician', 'on physical examination her lungs have crackles at both bases'],
      ['clinician', "i'll be calling out the exam findings"],
      ['clinician', 'let me put that into the system'],
    ]);
    expect(exam).toEqual(['objective: On physical examination her lungs have crackles at both bases.']);
  });
});
