import { describe, expect, it } from 'vitest';
import { isHeadingSection, proseDefects } from './prose-defects.js';

describe('proseDefects', () => {
  it('passes documentation prose', () => {
    for (const s of [
      'Reports left ankle pain after rolling it on a curb 2 days ago.',
      'Denies chest pain or palpitations.',
      'Lungs clear to auscultation bilaterally.',
      'Continue furosemide 40 mg daily.',
      'Follow-up in 2 weeks.',
      'Mother reports the child has had a fever of 38.6 °C since Tuesday.',
      'Will order a chest x-ray.',
      'No apparent distress.',
      'BP 132/84 mmHg, HR 76 bpm.',
      'Right ear pain, worse at night.',
      'Sleep has been okay since the dose change.',
    ])
      expect(proseDefects(s), s).toEqual([]);
  });

  it('passes the documentation voice of a clinician writing in the first person', () => {
    for (const s of [
      'I reviewed the echocardiogram with the patient.',
      'I will prescribe amoxicillin 500 mg 3 times a day.',
      'I want to see him back in 3 weeks.',
      'I counseled her on weight-bearing as tolerated.',
      'She will call me if the swelling returns.',
      'The patient and I agreed to hold the statin.',
      'I believe this is a flare of her gout.',
    ])
      expect(proseDefects(s), s).toEqual([]);
  });

  it('finds each kind of conversation left in a sentence', () => {
    expect(proseDefects('Your swelling has gone down.')).toContain('second-person');
    expect(proseDefects('Um, the pain is kinda better.')).toContain('filler');
    expect(proseDefects('Okay, she walks daily.')).toContain('filler');
    expect(proseDefects('In t-, for the second problem, continue lisinopril.')).toContain('truncated-word');
    expect(proseDefects('Any trouble sleeping?')).toContain('question');
    expect(proseDefects('Hey dragon, order a chest x-ray.')).toContain('device-talk');
    expect(proseDefects("Let's have a listen to the chest.")).toContain('exam-narration');
    expect(proseDefects('I will listen to the heart and tell the patient what I find.')).toContain(
      'exam-narration',
    );
    expect(proseDefects("Here's the x-ray of the left wrist.")).toContain('exam-narration');
  });

  it('finds questions asked without "you"', () => {
    for (const s of [
      'Any wheezing at night.',
      'How is the wrist today.',
      'Is that correct.',
      'Does it throb when she climbs stairs.',
      'She sleeps on two pillows, is that new.',
      'What about the rash on her arm.',
    ])
      expect(proseDefects(s), s).toContain('question');
  });

  it('finds the clinician talking in the first person', () => {
    for (const s of [
      "I don't think this is a fracture.",
      'I want to make sure the cast is not too tight.',
      "I'll check the reflexes next.",
      'It hurts when I bend his elbow.',
      'The rash is on my arm.',
      'I think it is viral.',
    ])
      expect(proseDefects(s), s).toContain('first-person');
  });

  it('finds the first person that opens a sentence with a capital', () => {
    for (const s of [
      'My daughter has had a runny nose since Friday.',
      'Me neither, no chest pain.',
      'Myself, no allergies to penicillin.',
      'Mine started after the fall.',
    ])
      expect(proseDefects(s), s).toContain('first-person');
    // Written in capitals it is an abbreviation, not the speaker.
    expect(proseDefects('History of ME with fatigue after exertion.')).not.toContain('first-person');
  });

  it('reads an abbreviation spelled out in lower case by speech recognition as letters, not the speaker', () => {
    for (const s of [
      'The m r I shows a small tear of the meniscus.',
      'Her I g M level was normal.',
      'He stays on apixaban for a f I b.',
    ])
      expect(proseDefects(s), s).not.toContain('first-person');
    // The speaker's own "I" next to a word stays the first person.
    for (const s of [
      'I m not sure about the dose.',
      'Then I x-rayed the wrist.',
      'So I d like to repeat it.',
      'She takes vitamin d I think.',
    ])
      expect(proseDefects(s), s).toContain('first-person');
  });

  it('finds fragments that are not documentation', () => {
    for (const s of ['Gout.', 'Denies questions.', 'Well so.', 'And.', 'Plan to start a steroid taper and.'])
      expect(proseDefects(s), s).toContain('fragment');
    // A heading (a chief complaint in its own section) is a noun phrase by design.
    expect(proseDefects('Gout.', { heading: true })).toEqual([]);
  });

  it('finds disfluent repetitions and restarts', () => {
    expect(proseDefects('There is no, there is no redness of the throat.')).toContain('repetition');
    expect(proseDefects('He did he drops things from the left hand.')).toContain('repetition');
    expect(proseDefects('We will we will recheck the potassium.')).toContain('repetition');
    expect(proseDefects('She had had two prior sprains.')).toEqual([]);
  });

  it('finds exam narration and dictation said to the device', () => {
    expect(proseDefects('Tenderness when I press over the medial joint line.')).toContain('exam-narration');
    expect(proseDefects('Looking at him, there is no distress.')).toContain('exam-narration');
    expect(proseDefects('Next paragraph, plan.')).toContain('device-talk');
  });

  it('finds conversational tags left on a statement', () => {
    expect(proseDefects('The cough is dry, right?')).toContain('question');
    expect(proseDefects('She is sleeping better, right.')).toContain('filler');
    expect(proseDefects('The inhaler helps, so.')).toContain('filler');
    expect(proseDefects('She gets winded, you know, on the stairs.')).toContain('filler');
    expect(proseDefects('He is, I mean, mostly better.')).toContain('filler');
    expect(proseDefects('So the knee gives way on stairs.')).toContain('filler');
  });

  it('finds mistakes of rewriting speech in the third person', () => {
    expect(proseDefects('The patient will prescribe naproxen 500 mg.')).toContain('rewrite-error');
    expect(proseDefects('She will order a urine culture.')).toContain('rewrite-error');
    expect(proseDefects('Denies How about any blurred vision.')).toContain('rewrite-error');
    expect(proseDefects('Denies no vomiting or diarrhoea.')).toContain('rewrite-error');
    expect(proseDefects('We will send a culture on she today.')).toContain('rewrite-error');
    // The symptom asked about lost from a denial: a body part or a function is no symptom.
    expect(proseDefects('Denies their vision.')).toContain('rewrite-error');
    expect(proseDefects('Denies problems with their vision.')).toEqual([]);
    expect(proseDefects('Denies chest pain.')).toEqual([]);
  });

  it('keeps hyphenated words and ranges', () => {
    expect(proseDefects('Follow-up in 3-4 weeks for a well-child check.')).toEqual([]);
    expect(proseDefects('Takes a multi-vitamin, vitamin D and iron.')).toEqual([]);
  });

  it('finds what a physician reading drafted notes struck out: cut-off verbs, empty exam headings, a hanging subject', () => {
    expect(proseDefects('The cough wakes her at night and she feels.')).toContain('fragment');
    expect(proseDefects('On her abdominal exam.')).toContain('fragment');
    expect(proseDefects('He his shoulder gave way.')).toContain('repetition');
    expect(proseDefects('Temperature was like 38 at home.')).toContain('filler');
    expect(proseDefects('From 1 to 10 how bad is the itching.')).toContain('question');
    expect(proseDefects('Preop examination.')).toEqual([]);
  });

  it('knows the sections that hold headings', () => {
    expect(isHeadingSection('chief-complaint')).toBe(true);
    expect(isHeadingSection('subjective')).toBe(false);
  });

  /** The sentences in `found` have a defect of `kind`; those in `passed` do not. */
  const checksKind = (kind: string, found: readonly string[], passed: readonly string[]) => {
    for (const s of found) expect(proseDefects(s), s).toContain(kind);
    for (const s of passed) expect(proseDefects(s), s).not.toContain(kind);
  };

  it('finds pointing in the room where the note must name the place', () => {
    checksKind(
      'deictic',
      [
        'The pain is right here.',
        'She has a bruise on this side.',
        'Tender over here by the ankle bone.',
        'The rash is worse on this one.',
        'His toddler keeps pulling at this part.',
        'The swelling is right there.',
      ],
      [
        'Follow-up at this visit in 2 weeks.',
        'Pain is worse this time of year.',
        'Right ankle sprain.',
        'She recently moved back to this area.',
        'The referral is why she came here.',
      ],
    );
  });

  it('finds words speech recognition or a restart left colliding', () => {
    checksKind(
      'garbled',
      [
        'Will order the a chest x-ray.',
        'She she has been low on energy.',
        'His diet is he could be lighter.',
        'It try describing the pain.',
        'It need the brace off.',
        'How long are she still taking the sertraline.',
      ],
      [
        'He and she both report the same symptoms.',
        'It is a sprain of the left ankle.',
        'It was recommended that he have a follow-up MRI.',
      ],
    );
  });

  it('finds a yes or a no that answered a question left in the sentence', () => {
    expect(proseDefects('No she has not had a fever.')).toContain('filler');
    expect(proseDefects('Knee pain yes that is true for a while.')).toContain('filler');
    expect(proseDefects('No fever or chills.')).toEqual([]);
  });

  it('finds what speech recognition and rewriting leave ungrammatical', () => {
    expect(proseDefects('Let will be checking her reflexes next.')).toContain('garbled');
    expect(proseDefects('No any, there is a small amount of, swelling.')).toContain('garbled');
    expect(proseDefects('It into a better range ordered.')).toContain('rewrite-error');
    expect(proseDefects('It under tighter control.')).toContain('garbled');
    expect(proseDefects('Will be listening to her chest now.')).toContain('exam-narration');
    for (const s of ['Will check a lipid panel.', 'Plan to examine the wound at the next visit.'])
      expect(proseDefects(s), s).toEqual([]);
    for (const s of [
      'Lisinopril 20 mg continued.',
      'No, she has had no falls since the last visit.',
      'No history of stroke, C V A, or seizures.',
      'It has been 2 weeks since the rash first started.',
    ])
      expect(proseDefects(s), s).toEqual([]);
  });
});

describe('proseDefects, dictation and waiting left in', () => {
  it('finds dictation about the template and a request to wait', () => {
    expect(proseDefects('Please use my general exam template, lungs clear.')).toContain('device-talk');
    expect(proseDefects('Hang on, the rash is on both forearms.')).toContain('filler');
    expect(proseDefects('She holds on to the rail on the stairs.')).toEqual([]);
  });
});

describe('proseDefects, a sentence cut after its auxiliary', () => {
  it('finds a sentence left hanging on "we\'d"', () => {
    expect(proseDefects("Her asthma is not as well controlled as we'd.")).toContain('fragment');
    expect(proseDefects('Her asthma is not as well controlled as we had hoped.')).toEqual([]);
  });
});

describe('proseDefects, "as we would like" is finished', () => {
  it('does not take the "like" of "would like" for one left hanging', () => {
    expect(proseDefects('Her asthma is not as well controlled as we would like.')).toEqual([]);
    expect(proseDefects('The swelling is better, like.')).toContain('fragment');
  });
});

describe('proseDefects, unpunctuated speech from speech recognition', () => {
  it('finds utterances fused into one sentence without punctuation', () => {
    // Two clause boundaries with no comma between them.
    expect(
      proseDefects(
        'Abdomen soft nontender on her lung exam she has faint wheezes she had those last winter.',
      ),
    ).toContain('run-on');
    // One boundary, after a clause that already had its verb.
    expect(proseDefects('His temperature is normal he does not have chills today.')).toContain('run-on');
    // One boundary inside a long stretch with no punctuation at all.
    expect(
      proseDefects(
        'Gait steady without assistive device and strength of the hip flexors and extensors symmetric today on the left he does walk with a slight limp after the long drive from the coast.',
      ),
    ).toContain('run-on');
  });

  it('passes long, punctuated documentation and ordinary subordinate clauses', () => {
    for (const s of [
      'She reports that after the fall she could not bear weight, and that by the evening her ankle had swollen considerably.',
      'The patient states he was shoveling snow and felt a sudden pain in his lower back.',
      'On exam she has mild tenderness over the lateral malleolus without ecrepitus or deformity.',
      'He has tried several inhalers she recommended, with partial relief of his nighttime cough.',
      'Over the last 3 days it has become constant, and he now wakes at night with it.',
      'When walking he has pain in the right calf that resolves with rest.',
      'We discussed that it is likely viral and should resolve within 1 week.',
      'He was told there is no fracture on the x-ray.',
    ])
      expect(proseDefects(s), s).toEqual([]);
  });

  it('finds a question asked inside a sentence without its mark', () => {
    expect(proseDefects('She had a fall last month what happened.')).toContain('question');
    expect(proseDefects('Pain in the hip when climbing stairs does it radiate.')).toContain('question');
    expect(proseDefects('Denies fevers any chills any night sweats.')).toContain('question');
    expect(proseDefects('She takes naproxen at night what is her pain like in the morning.')).toContain(
      'question',
    );
  });

  it('passes reported questions and inversions that written English allows', () => {
    for (const s of [
      'She does not know what caused the rash.',
      'He is unsure how long the swelling has been present.',
      'Neither does he report any weight loss.',
      'Denies fevers, chills, or night sweats.',
    ])
      expect(proseDefects(s), s).toEqual([]);
  });

  it('finds pleasantries and remarks made to the patient', () => {
    expect(proseDefects('Sounds good, thank you, bye.')).toContain('small-talk');
    expect(proseDefects('The rash is nothing crazy.')).toContain('small-talk');
    expect(proseDefects('Creatinine is back to baseline which is really good.')).toContain('small-talk');
    expect(proseDefects('He has no problems climbing stairs.')).toEqual([]);
    expect(proseDefects('The biopsy was reassuring.')).toEqual([]);
  });

  it('finds sentences that start or end mid-phrase', () => {
    expect(proseDefects('Of the bruising along her forearm.')).toContain('fragment');
    expect(proseDefects('Will check a thyroid panel to make sure that.')).toContain('fragment');
    expect(proseDefects('She has a small cyst on.')).toContain('fragment');
    expect(proseDefects('If the cough does not settle.')).toContain('fragment');
    for (const s of [
      'Of note, she had a tonsillectomy as a child.',
      'She should keep the splint on.',
      'He agrees with that.',
      'If the cough does not settle within 10 days, she will return for a chest x-ray.',
    ])
      expect(proseDefects(s), s).toEqual([]);
  });

  it('finds third-person rewrites that broke the grammar', () => {
    expect(proseDefects('Will increase the dose slowly based on how she tolerate it.')).toContain(
      'rewrite-error',
    );
    expect(proseDefects('Can the patient still walks to the mailbox.')).toContain('rewrite-error');
    expect(proseDefects('The patient her knee gave way on the stairs.')).toContain('rewrite-error');
    // "you" turned into a subject pronoun where the object belongs, or left with a bare verb.
    expect(proseDefects('Will message she through the portal.')).toContain('rewrite-error');
    expect(proseDefects('Will remind he about the fasting labs.')).toContain('rewrite-error');
    expect(proseDefects('Advised to call the clinic if she develop chest pain.')).toContain('rewrite-error');
    expect(proseDefects('Return to the emergency department if he notice blood in the stool.')).toContain(
      'rewrite-error',
    );
    for (const s of [
      'Will message her through the portal.',
      'Advised to call the clinic if she develops chest pain.',
      'Encouraged her to keep a headache diary.',
      'He will return should he develop a fever.',
      'We asked that she continue the inhaler twice daily.',
      'I have suggested he follow up with the sleep clinic.',
    ])
      expect(proseDefects(s), s).toEqual([]);
    for (const s of [
      'We recommended that he take the tablets with food.',
      'He will let her know if the pain returns.',
      'She tolerates the medication well.',
    ])
      expect(proseDefects(s), s).toEqual([]);
  });

  it('finds "like" used as a pause and an exam instruction written as advice', () => {
    expect(proseDefects('After standing she will get like dizzy.')).toContain('filler');
    expect(proseDefects('Advised to squeeze my fingers with both hands.')).toContain('exam-narration');
    expect(proseDefects('The pain feels like a band around her head.')).toEqual([]);
    expect(proseDefects('Advised to walk 30 minutes a day.')).toEqual([]);
  });
});

describe('proseDefects, an auxiliary after its own subject', () => {
  it('does not take "the problems he has" for an inverted question', () => {
    expect(proseDefects('Among the problems he has he feels the knee is the worst.')).not.toContain(
      'question',
    );
    expect(proseDefects('Knee swelling after running is it worse at night.')).toContain('question');
  });
});

describe('proseDefects, more of what was said to the patient', () => {
  it('finds an apology, a question about how things are and a check for pain pointed at the spot', () => {
    expect(proseDefects('Right calf is tender sorry and no swelling.')).toContain('small-talk');
    expect(proseDefects('She walks daily now how are things going at work.')).toContain('question');
    expect(proseDefects('Palpation over the sinus here does this hurt.')).toContain('question');
    expect(proseDefects('She is sorry to have missed the last appointment.')).toEqual([]);
  });
});

// Phrasings written for these tests (heart failure, paediatric, mental health, sprain, telehealth).
describe('proseDefects on documentation prose it used to call defective', () => {
  it('takes "that" after a verb for what the verb takes, not a clause cut off', () => {
    expect(proseDefects('Will start sertraline 25 mg daily and see how she tolerates that.')).toEqual([]);
    expect(proseDefects('No signs of a fracture on the films that.')).toContain('fragment');
  });

  it('reads "push fluids" as advice, not as an instruction given during the exam', () => {
    expect(proseDefects('Advised to push fluids while the fever lasts.')).toEqual([]);
    expect(proseDefects('Advised to push against my hand with his foot.')).toContain('exam-narration');
  });

  it('reads a clause hung on a noun without "that" as part of the sentence, not a run-on', () => {
    expect(
      proseDefects('He was started on furosemide 40 mg daily to help with the swelling he was having.'),
    ).toEqual([]);
    expect(proseDefects('Her readings are in the 130s most mornings sometimes she gets.')).toContain(
      'run-on',
    );
  });

  it('finds a question put with a modal inside a sentence and an object pronoun before a bare verb', () => {
    expect(proseDefects('Worse at night how would he describe the pain.')).toContain('question');
    expect(proseDefects('She has to him get the inhaler from the pharmacy.')).toContain('garbled');
  });
});

describe('proseDefects on gear worn and words cut off', () => {
  it('reads "with the braces on" as written, and finds a longer word cut off before a comma', () => {
    expect(proseDefects('Advised to keep walking with the braces on.')).toEqual([]);
    expect(proseDefects('She saw the physio-, physical therapist twice.')).toContain('truncated-word');
  });

  it('finds one conjunction restarted as another', () => {
    expect(proseDefects('He wants to quit vaping and but the cravings are strong.')).toContain('garbled');
  });
});

describe('proseDefects on written English a note uses', () => {
  it('reads a preposition left at the end of a relative clause as written', () => {
    expect(proseDefects('Her asthma is the problem that she is most worried about.')).toEqual([]);
    expect(proseDefects('Advised to keep the splint on for.')).toContain('fragment');
  });

  it('reads a clause opening on a phrase after the word that joins it as one sentence', () => {
    expect(
      proseDefects(
        'He is sure that during the night shift he gets short of breath when he climbs stairs at work.',
      ),
    ).toEqual([]);
    expect(proseDefects('Her ankle is swollen she is walking on it with a limp.')).toContain('run-on');
  });
});

describe('proseDefects, a finding named by its owner fused onto the clause before', () => {
  it('finds the run-on where a possessed subject starts a new statement', () => {
    expect(proseDefects('His ankle is swollen his toes are warm with good capillary refill.')).toContain(
      'run-on',
    );
    expect(proseDefects('Her mood has been low her sleep is broken most nights.')).toContain('run-on');
  });

  it('leaves a possessive that is an object or follows a preposition', () => {
    for (const said of [
      'The function of her heart is mildly reduced on the echo.',
      'Both his knees are stiff in the morning for about an hour.',
      'He was told his potassium is low and to eat more bananas.',
      'If he would take off his shirt everything looks normal on the chest.',
      'He has noticed his ankles are puffier by the evening.',
    ])
      expect(proseDefects(said)).not.toContain('run-on');
  });
});
