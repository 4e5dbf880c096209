import { describe, expect, it } from 'vitest';
import { loadOfflineResources } from './node-resources.js';
import { detectHeader, parseSectionPatterns, type SectionHeaderRule } from './section-headers.js';
import { answerPolarity, isSmallTalk } from './small-talk.js';

describe('isSmallTalk', () => {
  it.each([
    'hi , martha . how are you',
    'okay',
    'um , alright',
    "i'm doing well , thanks",
    "that's great",
    "i'm glad to hear that",
    'hey , dragon , show me the chest x-ray',
    'any questions for me',
    'the weather has been great this weekend',
    "so , i'm just gon na check out your heart and your lungs",
  ])('drops "%s"', (text) => {
    expect(isSmallTalk(text)).toBe(true);
  });

  it.each([
    "i've had this headache for three days",
    'your lungs are clear',
    "i'm going to prescribe ibuprofen 400 mg",
    // A look announced, then what it found: the finding is documented.
    'let me take a look at her throat, the tonsils are red and swollen',
    'let me take a look in his ears, the right ear drum is bulging',
  ])('keeps "%s"', (text) => {
    expect(isSmallTalk(text)).toBe(false);
  });

  it('keeps a social topic when something clinical is said with it', () => {
    const text = 'we were doing yard work over the weekend and i was short of breath';
    expect(isSmallTalk(text)).toBe(true);
    expect(isSmallTalk(text, true)).toBe(false);
  });
});

describe('answerPolarity', () => {
  it('reads bare yes/no answers and ignores real statements', () => {
    expect(answerPolarity('no , not that i have noticed .')).toBe('no');
    expect(answerPolarity('nope')).toBe('no');
    expect(answerPolarity('yes , sometimes')).toBe('yes');
    expect(
      answerPolarity("no , but i've had a really bad cough for the last two weeks that keeps me up"),
    ).toBeUndefined();
  });
});

describe('section headers', () => {
  it('reads medspaCy section patterns, keeping phrases safe to match in speech', () => {
    const rules = parseSectionPatterns({
      section_rules: [
        { literal: 'PHYSICAL EXAMINATION:', category: 'physical_exam' },
        { literal: 'Primary:', category: 'diagnoses' },
        { literal: 'IMPRESSION:', category: 'observation_and_plan' },
      ],
    });
    expect(rules).toContainEqual({ phrase: 'physical examination', category: 'exam' });
    expect(rules).toContainEqual({ phrase: 'impression', category: 'assessment' });
    expect(rules.some((r) => r.phrase === 'primary')).toBe(false);
    expect(() => parseSectionPatterns({})).toThrow(/section_patterns/);
  });

  it('detects headers announced in speech with the shared rule file', () => {
    const { headers } = loadOfflineResources();
    expect(detectHeader('on physical examination your heart sounds good', headers)).toBe('exam');
    expect(detectHeader('let us talk about my assessment and plan', headers)).toBe('assessment');
    expect(detectHeader('looking at your results here', headers)).toBe('results');
    expect(detectHeader('i went hiking last weekend', headers)).toBeUndefined();
  });

  it('takes the longest header phrase said as whole words, the first rule among equals', () => {
    const rules: SectionHeaderRule[] = [
      { phrase: 'exam', category: 'vitals' },
      { phrase: 'exam today', category: 'exam' },
      { phrase: 'labs today', category: 'results' },
      { phrase: 'exam today', category: 'plan' },
    ];
    expect(detectHeader('so labs today and exam today', rules)).toBe('exam');
    expect(detectHeader('so labs today and exam today', rules.slice(2))).toBe('results');
    expect(detectHeader('the exam was fine', rules)).toBe('vitals');
    expect(detectHeader('the example today', rules)).toBeUndefined();
    expect(detectHeader('', rules)).toBeUndefined();
  });
});

describe('isSmallTalk, results named with the narration', () => {
  it('keeps turning to a result when the result is said with it', () => {
    expect(isSmallTalk("let's look at the x-ray together it shows a buckle fracture of the wrist")).toBe(
      false,
    );
    expect(isSmallTalk('let me look at your labs, your thyroid is enlarged on the ultrasound')).toBe(false);
  });
});
