import { describe, expect, it } from 'vitest';
import { proseDefects } from '../quality/prose-defects.js';
import { asksOnly, salvageSentence, scrubSpeech } from './salvage.js';

// Phrasings written for these tests (sprain, heart failure, paediatric, mental health, telehealth),
// not taken from any data set.
const clinical = (clause: string) =>
  /\d|sprain|ankle|furosemide|lasix|fever|sertraline|anxiety|weight|inhaler|swelling/i.test(clause);

describe('scrubSpeech', () => {
  it('drops "like" before an amount once the number is written as digits', () => {
    expect(scrubSpeech('Her ankle has been swollen for like 3 days.')).toBe(
      'Her ankle has been swollen for 3 days.',
    );
    expect(scrubSpeech('The fever went up to like a 39 last night.')).toBe(
      'The fever went up to a 39 last night.',
    );
    expect(scrubSpeech('He has put on about like 4 pounds this week.')).toBe(
      'He has put on about 4 pounds this week.',
    );
  });

  it('drops "like" said as a pause before how often and between an ordinal and its noun', () => {
    const said = 'She uses the albuterol like twice a day and was wheezy for the first like hour.';
    expect(proseDefects(said)).toContain('filler');
    const scrubbed = scrubSpeech(said);
    expect(scrubbed).toBe('She uses the albuterol twice a day and was wheezy for the first hour.');
    expect(proseDefects(scrubbed)).toEqual([]);
    expect(proseDefects('His ankle has been like swollen all week.')).toContain('filler');
    expect(scrubSpeech('His ankle has been like swollen all week.')).toBe(
      'His ankle has been swollen all week.',
    );
    // A comparison keeps its "like".
    expect(scrubSpeech('It feels like once a week she has a panic attack, yeah.')).toContain(
      'feels like once',
    );
    expect(proseDefects('She has felt like this for years.')).toEqual([]);
  });

  it('drops an answer word left in front of the statement that answers', () => {
    expect(scrubSpeech('No he has never been admitted for his heart failure.')).toBe(
      'He has never been admitted for his heart failure.',
    );
    expect(scrubSpeech('She is yes she takes the sertraline every morning.')).toBe(
      'She takes the sertraline every morning.',
    );
  });

  it('writes the clinic for "here" and drops pointing where the words name the place', () => {
    expect(scrubSpeech('Plan to see him back here in 2 weeks.')).toBe('Plan to see him back in 2 weeks.');
    expect(scrubSpeech('Reports pain right here in her left ankle.')).toBe('Reports pain in her left ankle.');
    expect(scrubSpeech('There is some swelling there.')).toBe('There is some swelling.');
  });

  it('drops a hedge and discourse words that carry nothing', () => {
    expect(scrubSpeech('I would say it is about a 6 out of 10.')).toBe('It is about a 6 out of 10.');
    expect(scrubSpeech('Honestly the anxiety is better since the dose change.')).toBe(
      'The anxiety is better since the dose change.',
    );
    expect(scrubSpeech('It is it is worse when she lies flat.')).toBe('It is worse when she lies flat.');
  });

  it('writes looking at records as reviewing them, and leaves looking at a body part alone', () => {
    expect(scrubSpeech('Plan to take a look here at her blood pressure readings.')).toBe(
      'Plan to review her blood pressure readings.',
    );
    expect(scrubSpeech('In 3 months look at his labs again.')).toBe('In 3 months review his labs again.');
    expect(scrubSpeech("Let's take a look at his ankle.")).toBe("Let's take a look at his ankle.");
  });

  it('leaves documentation prose as it is', () => {
    const s = 'Continue furosemide 40 mg daily and weigh every morning.';
    expect(scrubSpeech(s)).toBe(s);
  });
});

describe('salvageSentence', () => {
  it('keeps the clinical clauses and cuts the short talk between them', () => {
    const out = salvageSentence(
      'The swelling in the ankle is down, I hope the brace is helping, and the sprain should heal in 3 weeks.',
      clinical,
    );
    expect(out?.text).toBe('The swelling in the ankle is down, the sprain should heal in 3 weeks.');
    expect(proseDefects(out?.text ?? '')).toEqual([]);
  });

  it('cuts talk that runs straight into a plan', () => {
    expect(
      salvageSentence(
        'I was kind of leaning toward plan to increase the furosemide to 40 mg daily.',
        clinical,
      )?.text,
    ).toBe('Plan to increase the furosemide to 40 mg daily.');
  });

  it('refuses when the clause to cut holds a number, a finding or a negation', () => {
    // "I am not sure she has a fever" carries a negation and a finding: cutting it changes the note.
    expect(
      salvageSentence(
        'The child is drinking well, I am not sure she has a fever, and she slept 8 hours.',
        clinical,
      ),
    ).toBeUndefined();
    expect(
      salvageSentence('The weight is stable, I weighed him at 82 kg, the inhaler is helping.', clinical),
    ).toBeUndefined();
  });

  it('refuses to leave a subordinate clause standing once its main clause is cut', () => {
    expect(
      salvageSentence('I keep asking myself if she started the sertraline for the anxiety.', clinical),
    ).toBeUndefined();
  });

  it('refuses to cut a phrase the clause before leaves open', () => {
    expect(
      salvageSentence(
        'It has been about 6 months since I have been on the call with her about the anxiety.',
        clinical,
      ),
    ).toBeUndefined();
  });
  it('drops a subject left hanging for the one the verb has', () => {
    expect(scrubSpeech('He his elbow started to ache after the tournament.')).toBe(
      'His elbow started to ache after the tournament.',
    );
  });
});

describe('asksOnly', () => {
  it('finds a sentence that only asks', () => {
    for (const s of [
      'How is the mood since the dose change.',
      'Any trouble sleeping at night.',
      'Does the brace rub.',
      'On a scale of 1 to 10, how bad is the headache today.',
    ])
      expect(asksOnly(s), s).toBe(true);
  });

  it('keeps a question that carries its answer or a number, and a statement', () => {
    for (const s of [
      'Any chest pain, no nothing like that.',
      'What about going up to 40 mg.',
      'The ankle is less swollen today.',
    ])
      expect(asksOnly(s), s).toBe(false);
  });
});

describe('scrubSpeech on pauses and unfinished relative clauses', () => {
  it('drops "like" as a pause after a verb, not a comparison with something named', () => {
    expect(scrubSpeech('She will get like dizzy when she stands up.')).toBe(
      'She will get dizzy when she stands up.',
    );
    expect(scrubSpeech('He has had like any wheezing at night.')).toBe('He has had any wheezing at night.');
    const compares = 'The pain is like a band around his chest.';
    expect(scrubSpeech(compares)).toBe(compares);
  });

  it('ends a sentence on its noun phrase when a relative clause was begun and left unsaid', () => {
    expect(scrubSpeech('No signs of a fracture on the ankle films that.')).toBe(
      'No signs of a fracture on the ankle films.',
    );
    expect(scrubSpeech('Her weight went up 4 pounds over the last 2 weeks that.')).toBe(
      'Her weight went up 4 pounds over the last 2 weeks.',
    );
  });

  it('keeps "that" where a verb takes it', () => {
    for (const said of [
      'We will work on ways to reduce that.',
      'Will see how he tolerates that.',
      'The clinician mentioned that.',
    ])
      expect(scrubSpeech(said)).toBe(said);
  });
});

describe('scrubSpeech on a subject said twice and a suggestion put as a question', () => {
  it('keeps the named subject when a pronoun repeats it', () => {
    expect(scrubSpeech('Her left ankle it is still swollen after the fall.')).toBe(
      'Her left ankle is still swollen after the fall.',
    );
  });

  it('writes "what about increasing" as what it proposes', () => {
    expect(scrubSpeech('What about increasing the sertraline to 100 mg.')).toBe(
      'Consider increasing the sertraline to 100 mg.',
    );
  });
});

describe('scrubSpeech on a restarted conjunction', () => {
  it('keeps the conjunction said last', () => {
    expect(scrubSpeech('He wants to quit vaping and but the cravings are strong.')).toBe(
      'He wants to quit vaping but the cravings are strong.',
    );
  });
});

describe('scrubSpeech on the clinician thinking aloud', () => {
  it('writes "I think" as the documented opinion, keeping the hedge', () => {
    expect(scrubSpeech("I don't think it is broken, but will get an x-ray to be sure.")).toBe(
      'I do not believe it is broken, but will get an x-ray to be sure.',
    );
    expect(scrubSpeech('Her mood is better and I think the sertraline is helping.')).toBe(
      'Her mood is better and I believe the sertraline is helping.',
    );
  });
});
