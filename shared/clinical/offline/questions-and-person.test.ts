import { describe, expect, it } from 'vitest';
import { proseDefects } from '../quality/prose-defects.js';
import { withSyntheticTimes } from '../transcript/timing.js';
import type { Speaker } from '../transcript.js';
import { asksByWordOrder } from './asks.js';
import { cleanSpeech } from './clean-speech.js';
import { clinicianVoice } from './clinician-voice.js';
import { extractFacts } from './facts.js';
import { loadOfflineResources } from './node-resources.js';
import { rewriteSentence } from './rewrite.js';
import { asksOnly } from './salvage.js';

const resources = loadOfflineResources();

/** Drafted sentences from turns in our own words, with recorded speakers or none (`unknown`). */
const textsOf = (turns: Array<[Speaker, string]>) =>
  extractFacts(
    withSyntheticTimes(turns.map(([speaker, text]) => ({ speaker, text }))),
    resources,
    'female',
  ).facts.map((f) => f.text);

describe('questions ended with a full stop', () => {
  it('are read as questions by their word order', () => {
    expect(asksByWordOrder('Do you get short of breath lying flat.')).toBe(true);
    expect(asksByWordOrder('So, should I keep giving him the inhaler.')).toBe(true);
    expect(asksByWordOrder('Is there any blood in the stool.')).toBe(true);
    expect(asksByWordOrder('Has anyone at home been sick.')).toBe(true);
    expect(asksByWordOrder('She has been sleeping badly.')).toBe(false);
    expect(asksByWordOrder('Did not take it yesterday.')).toBe(false);
    expect(asksByWordOrder('Is a little better today.')).toBe(false);
  });

  it('become the finding their answer gives, not a statement in the third person (heart failure)', () => {
    const texts = textsOf([
      ['clinician', 'Do you have to sleep propped up on pillows at night.'],
      ['patient', 'No.'],
      ['clinician', 'Have you had any swelling in your legs.'],
      ['patient', 'Yes, by the evening.'],
    ]);
    expect(texts.some((t) => /^Do (?:she|the patient)\b|^Have (?:she|the patient)\b/i.test(t))).toBe(false);
    expect(texts.every((t) => !proseDefects(t).includes('question'))).toBe(true);
    expect(texts).toContain('Endorses swelling in her legs.');
  });

  it("drop a parent's question instead of putting it in the patient's mouth (paediatric)", () => {
    const texts = textsOf([
      ['patient', 'Should I keep giving her the ibuprofen at night.'],
      ['clinician', 'Yes, give her the ibuprofen at bedtime for three more nights.'],
    ]);
    expect(texts.some((t) => /^Should\b/i.test(t))).toBe(false);
    expect(texts.join(' ')).toMatch(/ibuprofen at bedtime for 3 more nights/);
  });

  it('turn a yes or no about a medicine in use into whether it is taken (mental health, telehealth)', () => {
    expect(
      textsOf([
        ['clinician', 'Are you still taking the escitalopram 10 mg every morning.'],
        ['patient', 'Yes.'],
      ]),
    ).toContain('Still taking the escitalopram 10 mg every morning.');
    expect(
      textsOf([
        ['unknown', 'are you using your rescue inhaler'],
        ['unknown', 'no'],
      ]),
    ).toContain('Not using her rescue inhaler.');
  });
});

describe('first person in speech-recognition text', () => {
  it('reads the speaker with their verb across a pause written as a comma or a filler', () => {
    expect(cleanSpeech('i , want to order a thyroid panel')).toBe('i want to order a thyroid panel');
    expect(cleanSpeech("so i , and i ca n't grip the steering wheel")).toBe(
      "i can't grip the steering wheel",
    );
    expect(cleanSpeech('i like will prescribe a short course of prednisone')).toBe(
      'i will prescribe a short course of prednisone',
    );
    expect(cleanSpeech('i like hiking on weekends')).toBe('i like hiking on weekends');
    const planned = rewriteSentence('i , want to order an echocardiogram', {
      speaker: 'clinician',
      pronoun: 'he',
    });
    expect(proseDefects(planned)).toEqual([]);
  });

  it('writes the clinician as the one to contact as the clinic', () => {
    expect(clinicianVoice('if the ankle swells more give me a call')).toBe(
      'if the ankle swells more call the clinic',
    );
    expect(clinicianVoice('let me know how she does on the higher dose')).toBe(
      'inform the clinic how she does on the higher dose',
    );
    const sent = rewriteSentence('send me your weights every friday through the portal', {
      speaker: 'clinician',
      pronoun: 'she',
    });
    expect(sent).toBe('Send the clinic her weights every friday through the portal.');
    expect(proseDefects(sent)).toEqual([]);
    // A patient sent somewhere keeps the words.
    expect(clinicianVoice('they will send me to the lab downstairs')).toBe(
      'they will send me to the lab downstairs',
    );
  });

  it('drops a short answer run into the statement after it', () => {
    const s = rewriteSentence('yes i am maria is a 47 year old woman here for her knee', {
      speaker: 'clinician',
      pronoun: 'she',
    });
    expect(s).toBe('Maria is a 47 year old woman here for her knee.');
    expect(rewriteSentence('i am not sure it is worse', { speaker: 'clinician', pronoun: 'she' })).toMatch(
      /^I am/,
    );
  });

  it('reads "you" after seeing or meeting as the patient seen, not a subject', () => {
    const s = rewriteSentence('it has been three months since i have seen you how is the mood', {
      speaker: 'clinician',
      pronoun: 'he',
    });
    expect(s).toMatch(/since the last visit/);
    expect(s).not.toMatch(/\bI\b|\bseen he\b/);
  });
});

describe("the clinician's own records and explanations", () => {
  it('writes records in hand as reviewed, and drops talk about what was meant', () => {
    expect(
      rewriteSentence('i have his knee x-rays from last spring', { speaker: 'clinician', pronoun: 'he' }),
    ).toBe('Reviewed his knee x-rays from last spring.');
    expect(
      rewriteSentence('I was asking about food allergies', { speaker: 'clinician', pronoun: 'he' }),
    ).toBe('');
    // The patient's own clarification keeps what it names.
    expect(
      rewriteSentence('I was talking about my left knee', { speaker: 'patient', pronoun: 'he' }),
    ).toMatch(/left knee/);
  });
});

describe("a pause after the clinician's auxiliary", () => {
  it('keeps the auxiliary with its verb, so the plan and the finding read as documentation', () => {
    expect(cleanSpeech("i'm, going to start amoxicillin")).toBe("i'm going to start amoxicillin");
    expect(cleanSpeech("i'd like, to see him back in a month")).toBe("i'd like to see him back in a month");
    // A clause the modal ends stays apart from the next one.
    expect(
      cleanSpeech('i can refill it today if you want, but i could , your kidney numbers are fine'),
    ).toMatch(/i could, your kidney/);
    const exam = rewriteSentence("i do n't , hear any wheezing today", {
      speaker: 'clinician',
      pronoun: 'he',
    });
    expect(proseDefects(exam)).toEqual([]);
  });
});

describe('a question whose numbers are part of what it asks', () => {
  it('only asks: doses offered to choose from, or a condition put before the question', () => {
    expect(asksOnly('Is she taking the 25 or the 50.')).toBe(true);
    expect(asksOnly('If she lifts the arm past 90 degrees does that hurt.')).toBe(true);
    // An answer in it, or a number in what is asked, is kept.
    expect(asksOnly('If she lifts the arm past 90 degrees does that hurt, no.')).toBe(false);
    expect(asksOnly('Is she taking 25 mg now.')).toBe(false);
  });

  it('leaves a dose question run on after a plan out of the note (neuropathy, unpunctuated)', () => {
    const texts = textsOf([
      ['unknown', 'how is the burning in your feet since we started the gabapentin'],
      ['unknown', 'it is better at night but still burns in the morning'],
      ['unknown', 'okay so we will keep the gabapentin going are you taking the 300 or the 100'],
      ['unknown', 'i am not sure my daughter fills the pill box'],
    ]);
    expect(texts.some((t) => /\b(?:are|is) (?:she|he|the patient) taking\b/i.test(t))).toBe(false);
    expect(texts.join(' ')).toMatch(/keep the gabapentin going/i);
  });
});

describe("the clinician's contracted and hedged first person", () => {
  it("reads I've and I'll as I have and I will", () => {
    expect(clinicianVoice("the tremor is worse since i've last seen her")).toBe(
      'the tremor is worse since the last visit',
    );
    expect(clinicianVoice("i'll have my nurse call her with the results")).toBe(
      'will have the nurse call her with the results',
    );
  });

  it('states what the clinician understands or expects as the statement', () => {
    expect(clinicianVoice('i understand that her panic attacks come mostly at night')).toBe(
      'her panic attacks come mostly at night',
    );
    expect(clinicianVoice('i expect the bruising will fade over two weeks')).toBe(
      'the bruising will fade over two weeks',
    );
  });
});

describe('a heart failure follow-up from one microphone (our own words)', () => {
  const visit = textsOf([
    ['unknown', 'are you still taking the furosemide forty milligrams every day'],
    ['unknown', 'i ran out of it about a month ago and i did not get it refilled'],
    ['unknown', 'any chest pain'],
    ['unknown', 'no chest pain'],
    ['unknown', 'i think your heart failure is not well controlled because you have been off the furosemide'],
    [
      'unknown',
      'i also want you to weigh yourself every morning and call me if you gain more than two pounds in a day',
    ],
  ]);

  it('names the medicine the answer calls "it"', () => {
    expect(visit).toContain(
      'She ran out of the furosemide about a month ago and she did not get it refilled.',
    );
  });

  it('never documents a symptom the answer denied by restating the question', () => {
    expect(visit).toContain('Denies chest pain.');
    expect(visit).not.toContain('Chest pain.');
  });

  it("keeps the clinician's judgement and instructions to the patient as the clinician's", () => {
    expect(visit.some((t) => /^She thinks\b|^She also wants\b/.test(t))).toBe(false);
    expect(visit).toContain(
      'Her heart failure is not well controlled because she has been off the furosemide.',
    );
    expect(visit.join(' ')).toMatch(/weigh herself every morning and call the clinic/);
  });
});
