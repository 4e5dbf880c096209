import { describe, expect, it } from 'vitest';
import { repairConversation, withoutNarration } from './prose-repair.js';

const hasNumber = (clause: string) => /\d/.test(clause);

describe('repairConversation', () => {
  it('keeps the finding and drops the question tacked onto it', () => {
    expect(
      repairConversation('The wrist has been sore for 3 weeks, do you think it will ever heal.', hasNumber),
    ).toEqual({ text: 'The wrist has been sore for 3 weeks.' });
  });

  it('drops a question about a symptom even without a comma: asking documents no finding', () => {
    const namesPain = (clause: string) => /pain|sore/i.test(clause);
    expect(
      repairConversation('Her hip is sore after gardening does it wake you at night.', namesPain),
    ).toEqual({ text: 'Her hip is sore after gardening.' });
  });

  it('asks for review when the clause to drop holds a negation or clinical content', () => {
    expect(repairConversation('Pain is 6 of 10, you have no fever.', hasNumber)).toBe('review');
    expect(repairConversation('Weight is stable, your sugar was 250.', hasNumber)).toBe('review');
  });

  it('cuts spoken exam narration off the finding that follows it, even without a comma', () => {
    const mentionsElbow = (clause: string) => /elbow/i.test(clause) && /swelling|warmth/i.test(clause);
    expect(
      repairConversation(
        'Let me have a feel of that arm I notice swelling and warmth over the elbow.',
        mentionsElbow,
      ),
    ).toEqual({ text: 'Swelling and warmth over the elbow.' });
  });

  it('cuts the act of examining out of a run-on exam and keeps every finding around it', () => {
    const findings = (clause: string) => /murmur|clear|swelling/i.test(clause);
    expect(
      repairConversation(
        "I will listen to his chest his heart has a regular rhythm no murmur let's take a look at the left ankle there is swelling over the outside that is good news does it hurt when I press here.",
        findings,
      ),
    ).toEqual({ text: 'His heart has a regular rhythm no murmur, there is swelling over the outside.' });
  });

  it('drops a sentence that only announces the agenda and asks', () => {
    const namesAsthma = (clause: string) => /asthma/i.test(clause);
    expect(
      repairConversation("Let's talk about the asthma how are you doing with the inhaler.", namesAsthma),
    ).toBe('drop');
  });

  it('drops what is left when nothing clinical would remain', () => {
    expect(repairConversation('That sounds hard, how are you coping.', hasNumber)).toBe('drop');
  });

  it('drops a question rewritten in the third person from a run-on, and keeps a one-sentence answer', () => {
    const findings = (clause: string) => /cough|sputum|fever/i.test(clause);
    expect(
      repairConversation('The cough is worse at night are she bringing up any sputum.', findings),
    ).toEqual({ text: 'The cough is worse at night.' });
    expect(repairConversation('The cough is worse at night, any fever or chills no.', findings)).toEqual({
      text: 'The cough is worse at night, denies fever or chills.',
    });
  });

  it("drops the clinician's aside about their own doing, even said with a negation", () => {
    const hasNumber = (clause: string) => /\d/.test(clause);
    expect(
      repairConversation(
        "I don't remember if we sent the referral, but we could, his last INR was 2.4.",
        hasNumber,
      ),
    ).toEqual({ text: 'His last INR was 2.4.' });
  });
});

describe('withoutNarration on exam and results talk said in one breath', () => {
  it('makes the body part examined the subject of the finding said as "it" or "they"', () => {
    expect(withoutNarration('let me listen to your lungs, they sound a little wet at the bases')).toBe(
      'your lungs sound a little wet at the bases',
    );
    expect(withoutNarration("I'll look at the wound, it's healing without any drainage")).toBe(
      'the wound is healing without any drainage',
    );
    expect(withoutNarration("let's check your reflexes they're brisk on both sides")).toBe(
      'your reflexes are brisk on both sides',
    );
  });

  it('drops the examiner narrating the act and the look at the patient', () => {
    expect(withoutNarration('feeling his belly, it is soft with no guarding')).toBe(
      'his belly is soft with no guarding',
    );
    expect(withoutNarration('so looking at her she is alert and playful')).toBe('she is alert and playful');
    expect(withoutNarration('let me take a closer look the rash is raised and blanching')).toBe(
      'the rash is raised and blanching',
    );
    expect(withoutNarration('when I examine your ankle there is tenderness over the ligament')).toBe(
      'there is tenderness over the ligament',
    );
  });

  it('gives a result pulled up or a topic turned to as the result itself', () => {
    expect(withoutNarration("let's look at your chest x-ray together it shows fluid at both bases")).toBe(
      'your chest x-ray shows fluid at both bases',
    );
    expect(withoutNarration("here's your echo it shows an ejection fraction of 30 percent")).toBe(
      'your echo shows an ejection fraction of 30 percent',
    );
    expect(withoutNarration('let me pull up your labs your potassium is 3.1 today')).toBe(
      'your potassium is 3.1 today',
    );
  });

  it("leaves a patient's own feeling of their body alone", () => {
    expect(withoutNarration('I keep feeling my heart racing at night')).toBe(
      'I keep feeling my heart racing at night',
    );
  });
});

describe('repairConversation, a request cut off a run-on', () => {
  it('drops "tell me about ..." and the conjunction it leaves hanging', () => {
    expect(
      repairConversation('Her sugars have been in the 200s and tell me about her diet.', hasNumber),
    ).toEqual({ text: 'Her sugars have been in the 200s.' });
  });
});

describe('withoutNarration, more run-on turns to the exam and the results', () => {
  it('drops a bare "let me listen here" before the finding', () => {
    expect(withoutNarration('on his heart exam let me listen here regular rate and rhythm no murmurs')).toBe(
      'on his heart exam, regular rate and rhythm no murmurs',
    );
  });

  it('drops the turn to a topic run on with "so", and a "the" left before "here is"', () => {
    expect(withoutNarration("let's go over her thyroid labs so her TSH came back at 6")).toBe(
      'her TSH came back at 6',
    );
    expect(withoutNarration("the here's your left wrist x-ray this shows a buckle fracture")).toBe(
      'your left wrist x-ray shows a buckle fracture',
    );
  });
});
