import { describe, expect, it } from 'vitest';
import { proseDefects } from '../quality/prose-defects.js';
import { runOnSentences, withoutTrailingQuestion } from './run-on.js';

// Phrasings written for these tests (sprain, heart failure, paediatric, mental health, telehealth).
describe('runOnSentences', () => {
  it('cuts fused statements into sentences that each read as documentation', () => {
    const sentences = runOnSentences('There is no bruising over the ankle there is no deformity.');
    expect(sentences).toEqual(['There is no bruising over the ankle.', 'There is no deformity.']);
    for (const s of sentences) expect(proseDefects(s)).toEqual([]);
    expect(
      runOnSentences('His weight is up 3 pounds he has been taking the furosemide every morning.'),
    ).toEqual(['His weight is up 3 pounds.', 'He has been taking the furosemide every morning.']);
  });

  it('keeps a subordinate clause with the main clause it opens', () => {
    // Kept as one sentence, the subordinate clause closed by a comma.
    expect(runOnSentences('When he climbs the stairs at school he gets short of breath.')).toEqual([
      'When he climbs the stairs at school, he gets short of breath.',
    ]);
    // "once" as an adverb of frequency opens no clause.
    expect(runOnSentences('She takes it once a day she does not take it on weekends.')).toEqual([
      'She takes it once a day.',
      'She does not take it on weekends.',
    ]);
  });

  it('does not cut after a coordinator that opens the next clause, or before too few words', () => {
    const opened = 'She was checking her weight on the video visit and in june it was up to 190.';
    expect(runOnSentences(opened)).toEqual([opened]);
    const short = 'Her mood has been low since the spring she sleeps.';
    expect(runOnSentences(short)).toEqual([short]);
  });

  it('does not cut where the words before the new subject have no verb of their own', () => {
    const heading = 'Anxiety follow up she has been using the breathing exercises daily.';
    expect(runOnSentences(heading)).toEqual([heading]);
  });
});

describe('a run-on in a drafted note', () => {
  it('becomes sentences of its own, each with the evidence of what was said, none flagged', async () => {
    const { draftOffline } = await import('./index.js');
    const { getBuiltinTemplate } = await import('../templates/index.js');
    const said = 'there is no warmth over the calf there is no swelling';
    const segments = [
      {
        seq: 0,
        speaker: 'patient' as const,
        text: 'My calf has been aching since the long flight.',
        startMs: 0,
        endMs: 3000,
      },
      { seq: 1, speaker: 'clinician' as const, text: said, startMs: 3000, endMs: 8000 },
    ];
    const content = draftOffline(segments, getBuiltinTemplate('soap')).content;
    const sentences = content.sections.flatMap((s) => s.sentences);
    const exam = sentences.filter((s) => /warmth|swelling/.test(s.text));
    expect(exam.map((s) => s.text)).toEqual(['There is no warmth over the calf.', 'There is no swelling.']);
    for (const s of exam) {
      expect(s.review).toBeUndefined();
      expect(s.evidence[0]?.seq).toBe(1);
    }
  });
});

describe('runOnSentences, joining words', () => {
  it('opens the new sentence with the adverb that ties it to the one before', () => {
    expect(runOnSentences('On school days she takes 2 puffs otherwise she takes 1 puff.')).toEqual([
      'On school days she takes 2 puffs.',
      'Otherwise she takes 1 puff.',
    ]);
  });

  it('takes "since then" for an adverb, not a subordinate clause', () => {
    expect(runOnSentences('Since then his mood has been low he is sleeping 12 hours a day.')).toEqual([
      'Since then his mood has been low.',
      'He is sleeping 12 hours a day.',
    ]);
  });

  it('does not leave a verb of saying without what was said', () => {
    const said = 'On the call her mother did say she has been eating less since the move.';
    expect(runOnSentences(said)).toEqual([said]);
  });
});

describe('withoutTrailingQuestion', () => {
  it('keeps the statement and leaves out the question asked after it', () => {
    expect(withoutTrailingQuestion('His ankle is swollen and bruised now does it hurt to walk on it.')).toBe(
      'His ankle is swollen and bruised.',
    );
  });

  it('keeps the whole when the question holds a figure or the statement is only a subordinate clause', () => {
    expect(
      withoutTrailingQuestion('She is sleeping better so is she still taking the 50 mg.'),
    ).toBeUndefined();
    expect(withoutTrailingQuestion('When he takes the ibuprofen how is the pain then.')).toBeUndefined();
  });
});

describe('runOnSentences, an exam named before its findings', () => {
  it('opens the next sentence with the exam it names', () => {
    expect(
      runOnSentences(
        'She appears comfortable in no distress on her lung exam she has a faint wheeze on the left.',
      ),
    ).toEqual([
      'She appears comfortable in no distress.',
      'On her lung exam she has a faint wheeze on the left.',
    ]);
  });

  it('does not cut after a verb that needs what follows it', () => {
    const said = 'Plan for an ultrasound of the calf to rule out it is a clot.';
    expect(runOnSentences(said)).toEqual([said]);
  });
});
