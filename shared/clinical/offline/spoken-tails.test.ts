import { describe, expect, it } from 'vitest';
import { proseDefects } from '../quality/prose-defects.js';
import { withSyntheticTimes } from '../transcript/timing.js';
import { extractFacts } from './facts.js';
import { loadOfflineResources } from './node-resources.js';
import { withoutHesitations, withoutSpokenTail } from './spoken-tails.js';

const resources = loadOfflineResources();

/** Drafted sentences from unlabelled, unpunctuated lines in our own words (one microphone). */
const draftedFrom = (lines: string[]) =>
  extractFacts(withSyntheticTimes(lines.map((text) => ({ speaker: 'unknown' as const, text }))), resources)
    .facts;

describe('withoutSpokenTail', () => {
  it('takes off an acknowledgement or exclamation run on at the end', () => {
    expect(withoutSpokenTail('The patient had a seizure on tuesday oh no.')).toBe(
      'The patient had a seizure on tuesday.',
    );
    expect(withoutSpokenTail("The swelling in her ankle has been there for 3 days now yes ma'am.")).toBe(
      'The swelling in her ankle has been there for 3 days now.',
    );
    expect(withoutSpokenTail('Denies wheezing at night um')).toBe('Denies wheezing at night');
    expect(withoutSpokenTail('It is a migraine right yes.')).toBe('It is a migraine.');
  });

  it('takes off a remark on the finding said to the patient', () => {
    expect(withoutSpokenTail('The chest film shows no effusion that is good.')).toBe(
      'The chest film shows no effusion.',
    );
    expect(withoutSpokenTail('His mood has lifted since the last visit which is really great.')).toBe(
      'His mood has lifted since the last visit.',
    );
  });

  it('reads "like" said as a pause or as "as" the way a note writes it', () => {
    expect(withoutSpokenTail('The patient like twisted the knee stepping off a curb.')).toBe(
      'The patient twisted the knee stepping off a curb.',
    );
    expect(withoutSpokenTail('The patient gets so dizzy like the patient will pass out when standing.')).toBe(
      'The patient gets so dizzy as if the patient will pass out when standing.',
    );
    expect(withoutSpokenTail('Plan to like start a stool softener.')).toBe('Plan to start a stool softener.');
    expect(withoutSpokenTail('Their like knee gives way on stairs.')).toBe('Their knee gives way on stairs.');
    expect(withoutSpokenTail('The patient cannot climb stairs like the patient used to.')).toBe(
      'The patient cannot climb stairs as the patient used to.',
    );
  });

  it('leaves a side, a figure read as "oh" and a comparison with something named', () => {
    const kept = [
      'There is weakness of the grip on the right.',
      'The pain feels like a band around the head.',
      'It looks like the patient has gained 3 kg since the spring.',
      'She would like counselling for her low mood.',
      'He seems to like the new inhaler.',
      'Room number is 2 oh.',
      'That is good news is not documentation but stays when it is all there is.',
      'Oh no.',
    ];
    for (const text of kept) expect(withoutSpokenTail(text)).toBe(text);
  });
});

describe('withoutHesitations', () => {
  it('reads a question without its hesitations', () => {
    expect(withoutHesitations('any uh nausea or um vomiting no')).toBe('any nausea or vomiting no');
    expect(withoutHesitations('any rash on the legs no')).toBe('any rash on the legs no');
  });
});

describe('drafting speech-recognition text with tails run on', () => {
  it("documents the statement without the listener's exclamation (heart failure)", () => {
    const texts = draftedFrom([
      'how has the breathing been since we increased the water pill',
      'my ankles swelled up again last week and i ran out of furosemide oh no',
    ]).map((f) => f.text);
    expect(texts.some((t) => /ran out of (?:the )?furosemide/i.test(t))).toBe(true);
    for (const t of texts) expect(proseDefects(t)).toEqual([]);
  });

  it('documents the finding without the remark on it (sprain follow-up)', () => {
    const texts = draftedFrom(['so the x-ray of your ankle shows no fracture that is good']).map(
      (f) => f.text,
    );
    expect(texts.some((t) => /no fracture\.$/i.test(t))).toBe(true);
    expect(texts.some((t) => /that is good/i.test(t))).toBe(false);
  });

  it('documents a question answered in the same breath without the hesitation in it (paediatric asthma)', () => {
    const texts = draftedFrom(['any wheezing at night or um chest tightness no']).map((f) => f.text);
    expect(texts).toContain('Denies wheezing at night or chest tightness.');
  });
});
