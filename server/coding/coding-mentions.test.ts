import { describe, expect, it } from 'vitest';
import type { NoteContent } from '../../shared/clinical/note.js';
import type { ProblemMention } from '../../shared/clinical/offline/index.js';
import { builtinResources } from '../../shared/clinical/offline/resources.js';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';
import { codingMentions, withoutHesitations } from './coding-mentions.js';
import { extractNarrativeMentions } from './narrative-mentions.js';
import { stem } from './term-words.js';

const noNote: NoteContent = { drafter: 'offline', warnings: [], sections: [] };
const segment = (seq: number, text: string): TranscriptSegment => ({
  seq,
  startMs: seq * 1000,
  endMs: seq * 1000 + 900,
  speaker: 'unknown',
  text,
});
/** A drafter mention of `words` in `text`, asserted present as a stitched answer can wrongly be. */
const presentMention = (text: string, words: string, normalized = words): ProblemMention => {
  const start = text.indexOf(words);
  return {
    text: words,
    normalized,
    assertion: 'present',
    category: 'symptom',
    evidence: [{ seq: 0, start, end: start + words.length }],
  };
};
const context = builtinResources().context;

describe('coding mentions', () => {
  it('does not code a finding denied a few words before it, whatever the drafter asserted', () => {
    const text = 'shortness of breath . no belly pain though .';
    const mentions = codingMentions(
      {
        mentions: [presentMention(text, 'belly pain', 'abdominal pain')],
        segments: [segment(0, text)],
        content: noNote,
        setting: 'outpatient',
      },
      undefined,
      context,
    );
    expect(mentions.find((m) => m.phrase === 'abdominal pain')?.role).toBe('none');
  });

  it('codes what a new clause says the problem is after a denial, and not what it still denies', () => {
    // A wrist injury visit and a rash visit: the denial ends at the comma; the clause names the problem.
    const negated = (text: string, words: string): ProblemMention => ({
      ...presentMention(text, words),
      assertion: 'negated',
    });
    const roleIn = (text: string, words: string) =>
      codingMentions(
        {
          mentions: [negated(text, words)],
          segments: [segment(0, text)],
          content: noNote,
          setting: 'outpatient',
        },
        undefined,
        context,
      ).find((m) => m.phrase.endsWith(words))?.role;
    expect(roleIn("The films show no break in the wrist, so it's a sprain.", 'sprain')).toBe('current');
    expect(roleIn("There's no sign of infection, this is contact dermatitis.", 'contact dermatitis')).toBe(
      'current',
    );
    expect(roleIn('No fever, but you have bronchitis from the cold.', 'bronchitis')).toBe('current');
    expect(roleIn("The films show no break, so it's not a sprain either.", 'sprain')).toBe('none');
    expect(roleIn('No fever and no bronchitis.', 'bronchitis')).toBe('none');
  });

  it('codes a bare injury word as the injury of the site said just before it, in a visit', () => {
    // A paediatric fall: the elbow is named in one turn, "the fracture" in the next.
    const first = 'she fell off the monkey bars and landed on her left elbow .';
    const second = 'the x-ray shows a fracture , so she needs a cast .';
    const start = second.indexOf('fracture');
    const mention: ProblemMention = {
      text: 'fracture',
      normalized: 'fracture',
      assertion: 'present',
      category: 'symptom',
      evidence: [{ seq: 1, start, end: start + 'fracture'.length }],
    };
    const sources = {
      mentions: [mention],
      segments: [segment(0, first), segment(1, second)],
      content: noNote,
    };
    const visit = codingMentions({ ...sources, setting: 'outpatient' }, undefined, context);
    expect(visit.map((m) => m.phrase)).toContain('elbow fracture');
    // A case report is coded as written.
    const report = codingMentions({ ...sources, setting: 'inpatient' }, undefined, context);
    expect(report.map((m) => m.phrase)).toContain('fracture');
  });

  it('does not read the verb "pass" as a condition in a visit', () => {
    // A urology follow-up: "passing" a stone names no disorder (its stem is the index's "passive").
    const text = 'drink plenty of water to help with passing it .';
    const mentions = codingMentions(
      {
        mentions: [presentMention(text, 'passing')],
        segments: [segment(0, text)],
        content: noNote,
        setting: 'outpatient',
      },
      undefined,
      context,
    );
    expect(mentions.find((m) => m.phrase === 'passing')?.role).toBe('none');
  });

  it("reads the words around a mention without a recogniser's fillers and doubled words", () => {
    expect(withoutHesitations('working from home during um you know covid')).toBe(
      'working from home during covid',
    );
    expect(withoutHesitations('i had the the stent placed uh last year')).toBe(
      'i had the stent placed last year',
    );
    // A word that only begins with a filler's letters is kept.
    expect(withoutHesitations('the umbilical hernia')).toBe('the umbilical hernia');
  });

  it('still codes a problem after "no issues with"', () => {
    const text = 'no issues with the diabetes lately .';
    const mentions = codingMentions(
      {
        mentions: [presentMention(text, 'diabetes')],
        segments: [segment(0, text)],
        content: noNote,
        setting: 'outpatient',
      },
      undefined,
      context,
    );
    expect(mentions.find((m) => m.phrase === 'diabetes')?.role).toBe('current');
  });

  it('turns a sentence that states a graft or daily aspirin into a status mention', () => {
    const mentions = codingMentions(
      {
        mentions: [],
        segments: [
          segment(0, 'you had a bypass graft at 27 , how is that going ?'),
          segment(1, 'I take a baby aspirin .'),
        ],
        content: noNote,
        setting: 'outpatient',
      },
      undefined,
      context,
    );
    expect(mentions.filter((m) => m.role === 'status').map((m) => m.evidence[0]?.seq)).toEqual([0, 1]);
  });

  it("codes a child's condition that a parent reports, and a condition a question presupposes", () => {
    const lines = [
      'mom says his eczema has been flaring behind the knees',
      'are you still using the machine every night for your sleep apnea',
      'dad says he has eczema too',
      'are you having any wheezing',
    ];
    const segments = lines.map((text, seq) => segment(seq, text));
    const drafted: ProblemMention[] = [
      { ...presentMention(lines[0] ?? '', 'eczema'), assertion: 'family' },
      { ...presentMention(lines[1] ?? '', 'sleep apnea'), evidence: [] },
      { ...presentMention(lines[2] ?? '', 'eczema'), assertion: 'family' },
      { ...presentMention(lines[3] ?? '', 'wheezing'), evidence: [] },
    ];
    drafted.forEach((m, seq) => {
      const start = (lines[seq] ?? '').indexOf(m.text);
      m.evidence = [{ seq, start, end: start + m.text.length }];
    });
    const mentions = codingMentions(
      { mentions: drafted, segments, content: noNote, setting: 'outpatient' },
      undefined,
      context,
    );
    const roleAt = (seq: number) => mentions.find((m) => m.evidence[0]?.seq === seq)?.role;
    expect(roleAt(0)).toBe('current');
    expect(roleAt(1)).toBe('current');
    // The father's own eczema, and a plain question, stay uncoded.
    expect(roleAt(2)).toBe('none');
    expect(roleAt(3)).toBe('none');
  });

  it('keeps a denial or question word out of a narrative term, so ConText sees it', () => {
    const vocabulary = {
      headStems: new Set([stem('edema')]),
      titleStems: new Set(['edema', 'no', 'pitting'].map(stem)),
    };
    const [edema] = extractNarrativeMentions('your legs have no pitting edema', vocabulary, context);
    expect(edema?.text).toBe('pitting edema');
    expect(edema?.assertion).toBe('negated');
  });
  it('codes nothing from a side-effect list, a family history, a test name or a filler-led question', () => {
    const lines = [
      'the most common side effects are going to be nausea , vomiting and diarrhea',
      'and for family history , there is high blood pressure and kidney disease',
      'that is for colon cancer screening',
      'and have you noticed bleeding from anywhere',
      'um , any nausea or vomiting',
    ];
    const segments = lines.map((text, seq) => segment(seq, text));
    const terms = ['nausea', 'kidney disease', 'colon cancer', 'bleeding', 'vomiting'];
    const drafted = terms.map((t, seq) => {
      const at = lines[seq]?.indexOf(t) ?? 0;
      return { ...presentMention(lines[seq] ?? '', t), evidence: [{ seq, start: at, end: at + t.length }] };
    });
    const mentions = codingMentions(
      { mentions: drafted, segments, content: noNote, setting: 'outpatient' },
      undefined,
      context,
    );
    for (const t of terms) expect(mentions.find((m) => m.phrase === t)?.role, t).toBe('none');
  });

  it('takes no problem from a statement cue that names a procedure or the word "problem"', () => {
    const lines = [
      'okay so for the surgery i would perform a hysterectomy',
      'so for the first problem i do think this is ovarian cancer',
      'for your hypothyroidism , i want to continue the synthroid',
      'she is here for her right elbow',
    ];
    const mentions = codingMentions(
      {
        mentions: [],
        segments: lines.map((text, seq) => segment(seq, text)),
        content: noNote,
        setting: 'outpatient',
      },
      undefined,
      context,
    );
    const stated = mentions.filter((m) => m.stated).map((m) => m.phrase);
    expect(stated).toContain('hypothyroidism');
    expect(stated).not.toContain('surgery');
    expect(stated).not.toContain('first problem');
    expect(mentions.some((m) => m.phrase === 'right elbow' && m.assessed)).toBe(false);
  });

  it('does not code what a question inside a run-on answer asks about', () => {
    const text = 'it is my third time okay so have you noticed any nausea chills fever no fever some chills';
    const at = text.indexOf('fever');
    const asked = { ...presentMention(text, 'fever'), evidence: [{ seq: 0, start: at, end: at + 5 }] };
    const answer = text.lastIndexOf('chills');
    const said = {
      ...presentMention(text, 'chills'),
      evidence: [{ seq: 0, start: answer, end: answer + 6 }],
    };
    const mentions = codingMentions(
      { mentions: [asked, said], segments: [segment(0, text)], content: noNote, setting: 'outpatient' },
      undefined,
      context,
    );
    expect(mentions.find((m) => m.phrase === 'fever')?.role).toBe('none');
    expect(mentions.find((m) => m.phrase === 'chills')?.role).toBe('current');
  });

  /** The role of a drafter mention of `words` (asserted present) in a one-sentence outpatient visit. */
  const roleIn = (text: string, words: string) =>
    codingMentions(
      {
        mentions: [presentMention(text, words)],
        segments: [segment(0, text)],
        content: noNote,
        setting: 'outpatient',
      },
      undefined,
      context,
    ).find((m) => m.phrase === words)?.role;

  it('does not code what is only being checked for', () => {
    expect(roleIn('i am pressing here, just checking for a rotator cuff tear', 'rotator cuff tear')).toBe(
      'none',
    );
    expect(roleIn('we will test him for strep throat today', 'strep throat')).toBe('none');
    // Found on the check, it is a finding.
    expect(roleIn('the check showed a rotator cuff tear', 'rotator cuff tear')).toBe('current');
  });

  it('does not code a vaccine or the pandemic as the disease', () => {
    expect(roleIn('she is due for her influenza vaccine this fall', 'influenza')).toBe('none');
    expect(roleIn('my anxiety got a lot worse during covid', 'covid')).toBe('none');
    expect(roleIn('he tested positive for covid on monday', 'covid')).toBe('current');
  });

  it('codes a condition removed, or had years ago, as past', () => {
    expect(roleIn('he had a melanoma removed from his shoulder last spring', 'melanoma')).toBe('history');
    expect(roleIn('i had kidney stones a couple of years ago', 'kidney stones')).toBe('history');
    expect(roleIn('she had a blood clot in her leg back in 2016, none since', 'blood clot')).toBe('history');
    expect(roleIn('i had pneumonia as a kid but my lungs are fine now', 'pneumonia')).toBe('history');
    // A removal reviewed is past; one planned is not.
    expect(
      roleIn('from a mole removal standpoint it healed well, we need to see you yearly', 'mole removal'),
    ).toBe('history');
    expect(roleIn('we will schedule your cyst removal for next week', 'cyst removal')).toBe('current');
    expect(
      roleIn('since the basal cell carcinoma excision last fall, no new spots', 'basal cell carcinoma'),
    ).toBe('history');
    // Pain that began years ago and is still there is today's problem.
    expect(roleIn('the knee pain started two years ago and it is worse now', 'knee pain')).toBe('current');
  });

  it('reads a year spoken in words, as a recogniser writes it, as past', () => {
    // A cardiology follow-up transcribed without digits.
    expect(roleIn('you had a heart attack back in twenty nineteen and got two stents', 'heart attack')).toBe(
      'history',
    );
    expect(roleIn('she had a stroke in nineteen ninety eight, no weakness since', 'stroke')).toBe('history');
    expect(roleIn('he had a seizure in twenty oh nine as a student', 'seizure')).toBe('history');
    // A number of minutes is no year.
    expect(roleIn('i had chest pain in twenty five minutes of walking today', 'chest pain')).toBe('current');
  });

  it('codes a site-coded condition with the site said right after it, office visits only', () => {
    // A wound-care visit: the ulcer's site follows it.
    const text = 'so you have a nonhealing ulcer on your left heel that we need to offload';
    const start = text.indexOf('ulcer');
    const mention: ProblemMention = {
      text: 'ulcer',
      normalized: 'ulcer',
      assertion: 'present',
      category: 'symptom',
      evidence: [{ seq: 0, start, end: start + 'ulcer'.length }],
    };
    const sources = { mentions: [mention], segments: [segment(0, text)], content: noNote };
    const visit = codingMentions({ ...sources, setting: 'outpatient' }, undefined, context);
    expect(visit.map((m) => m.phrase)).toContain('left heel ulcer');
    const report = codingMentions({ ...sources, setting: 'inpatient' }, undefined, context);
    expect(report.map((m) => m.phrase)).toEqual(['ulcer']);
  });

  it('codes a condition said in lay words as the index term it names, office visits only', () => {
    const text = 'the scan says his prostate is enlarged and he has lost about twelve pounds since june';
    const sources = { mentions: [], segments: [segment(0, text)], content: noNote };
    const visit = codingMentions({ ...sources, setting: 'outpatient' }, undefined, context);
    expect(visit.filter((m) => m.role === 'current').map((m) => m.phrase)).toEqual([
      'enlarged prostate',
      'weight loss',
    ]);
    const report = codingMentions({ ...sources, setting: 'inpatient' }, undefined, context);
    expect(report).toEqual([]);
  });

  it('adds the drafted assessment headings as stated problems', () => {
    const text = 'on this video visit your heart failure is steady on the water pill';
    const start = text.indexOf('heart failure');
    const content: NoteContent = {
      ...noNote,
      sections: [
        {
          id: 'assessment',
          title: 'Assessment',
          sentences: [
            {
              id: 'h',
              text: 'Heart failure',
              heading: true,
              support: 'supported',
              evidence: [{ seq: 0, start, end: start + 13 }],
            },
          ],
        },
      ],
    };
    const mentions = codingMentions(
      { mentions: [], segments: [segment(0, text)], content, setting: 'outpatient' },
      undefined,
      context,
    );
    expect(mentions.find((m) => m.phrase === 'heart failure' && m.stated)?.role).toBe('current');
  });

  it('codes a complaint with its duration ("a 3-week history of") as current, a plain history as past', () => {
    const text = 'A toddler with a 3-week history of wheezing and a history of pneumonia at one year.';
    const mentions = codingMentions(
      {
        mentions: [
          { ...presentMention(text, 'wheezing'), assertion: 'historical' },
          { ...presentMention(text, 'pneumonia'), assertion: 'historical' },
        ],
        segments: [segment(0, text)],
        content: noNote,
        setting: 'inpatient',
      },
      undefined,
      context,
    );
    expect(mentions.find((m) => m.phrase === 'wheezing')?.role).toBe('current');
    expect(mentions.find((m) => m.phrase === 'pneumonia')?.role).toBe('history');
  });

  it('keeps the conditions a report lists beside an allergy, and a denied allergy makes nothing a reaction', () => {
    const roles = (text: string, words: string[], setting: 'inpatient' | 'outpatient') =>
      codingMentions(
        {
          mentions: words.map((w) => presentMention(text, w)),
          segments: [segment(0, text)],
          content: noNote,
          setting,
        },
        undefined,
        context,
      )
        // The drafter's mentions only (the allergy statement and stated problems are mentions too).
        .filter((m) => m.role !== 'allergy' && words.includes(m.phrase))
        .map((m) => [m.phrase, m.role]);
    const report = 'A 6-year-old girl with allergy to amoxicillin that causes urticaria, asthma and eczema.';
    expect(roles(report, ['urticaria', 'asthma', 'eczema'], 'inpatient')).toEqual([
      ['urticaria', 'none'],
      ['asthma', 'current'],
      ['eczema', 'current'],
    ]);
    const denied = 'A teacher without known drug allergies diagnosed with migraine last spring.';
    expect(roles(denied, ['migraine'], 'inpatient')).toEqual([['migraine', 'current']]);
    expect(roles(denied, ['migraine'], 'outpatient')).toEqual([['migraine', 'current']]);
    // In a visit the whole sentence is the allergy statement: its reaction is never coded.
    const visit = "i'm allergic to sulfa , i break out in hives";
    expect(roles(visit, ['hives'], 'outpatient')).toEqual([['hives', 'none']]);
  });
  it('does not code a condition named only as the time something happened, fillers between', () => {
    // A telehealth follow-up, spoken without punctuation.
    expect(roleIn('we started walking more during uh you know covid and it helped my mood', 'covid')).toBe(
      'none',
    );
  });

  it('does not code a condition the plan is conditional on', () => {
    // A sore-throat visit: antibiotics only if the culture shows an infection.
    expect(
      roleIn('we will call you and start antibiotics if it does show an infection okay', 'infection'),
    ).toBe('none');
    expect(roleIn('call us right away if he develops a high fever tonight', 'high fever')).toBe('none');
    // Said as present, it is coded.
    expect(roleIn('the culture shows an infection so we will start antibiotics', 'infection')).toBe(
      'current',
    );
  });

  it('does not code a diagnosis hedged as a recogniser writes it, and codes the plain one', () => {
    // An orthopaedic visit and a paediatric one, spoken without punctuation.
    expect(
      roleIn('so it sounds like you have a torn meniscus but we will get the mri', 'torn meniscus'),
    ).toBe('none');
    expect(roleIn('the rash is maybe a little eczema so try the cream', 'eczema')).toBe('none');
    expect(roleIn('we need to rule-out appendicitis with an ultrasound', 'appendicitis')).toBe('none');
    expect(roleIn('the differential here is gout or pseudogout', 'gout')).toBe('none');
    expect(roleIn("she's probably got a virus maybe the flu so we'll swab her", 'flu')).toBe('none');
    // A patient's frequency estimate and a stable known problem are not hedges.
    expect(roleIn('maybe once a week i get a migraine that lasts all day', 'migraine')).toBe('current');
    expect(roleIn('it sounds like your asthma is well controlled on the inhaler', 'asthma')).toBe('current');
  });

  it('reads "sounds like" and "seems like" before a named condition as an uncertain impression', () => {
    // A telehealth mental-health follow-up and a sports visit: the impression is not coded ...
    expect(roleIn('from what you describe it sounds like it is panic disorder', 'panic disorder')).toBe(
      'none',
    );
    expect(roleIn('this seems like a rotator cuff tendinitis to me', 'rotator cuff tendinitis')).toBe('none');
    // ... a problem whose course is judged, and what was seen, are.
    expect(roleIn('it seems like your heart failure is stable on the water pill', 'heart failure')).toBe(
      'current',
    );
    expect(roleIn('the x-ray looks like a fracture of the fifth metatarsal', 'fracture')).toBe('current');
  });

  it('does not code a function or level that is only checked', () => {
    // A heart-failure telehealth follow-up.
    expect(
      roleIn("i'm going to check your kidney function before we raise the dose", 'kidney function'),
    ).toBe('none');
    expect(roleIn('the water pill has caused decreased kidney function', 'kidney function')).toBe('current');
  });

  it("does not code a spouse's or a friend's condition for the patient", () => {
    expect(roleIn('my husband also has diabetes so we both watch the carbs', 'diabetes')).toBe('none');
    expect(roleIn('a friend of mine had a kidney stone last year', 'kidney stone')).toBe('none');
    // The patient's own condition, with the spouse in the same sentence, is coded.
    expect(roleIn('i have diabetes and my husband helps me with the carbs', 'diabetes')).toBe('current');
  });

  it('does not code a condition the clinician says the patient does not have', () => {
    expect(
      roleIn('the blood test looks for thyroid disease which i do not think you have', 'thyroid disease'),
    ).toBe('none');
    expect(roleIn('the scan was done for a clot which you do not have so that is good', 'clot')).toBe('none');
    expect(roleIn('the scan shows a clot which we will treat today', 'clot')).toBe('current');
  });

  it('does not take the verb "passed" after a clinician\'s cue for a stated problem', () => {
    const text = 'so the stone is out and i think he has passed it already';
    const mentions = codingMentions(
      { mentions: [], segments: [segment(0, text)], content: noNote, setting: 'outpatient' },
      undefined,
      context,
    );
    expect(mentions.filter((m) => m.stated).map((m) => m.phrase)).not.toContain('passed');
  });

  it('does not code what was asked about and answered no in one unpunctuated run', () => {
    // A heart-failure telehealth check-in transcribed without punctuation.
    const asked = 'okay thanks for that and have you had any trouble lately with bruising or bleeding';
    expect(roleIn(`${asked} nope never`, 'bleeding')).toBe('none');
    // Answered yes, it is the patient's.
    expect(roleIn(`${asked} yeah my gums bleed`, 'bleeding')).toBe('current');
  });

  it('does not code symptoms listed in an unpunctuated review of systems', () => {
    const text =
      'okay let me run through a few any headaches blurry vision chest pain um palpitations fainting no not really';
    expect(roleIn(text, 'fainting')).toBe('none');
    // The answer's own words after the list are still read (here a denial, so none either way), and a
    // finding stated after "any" ended by an answer word is kept.
    expect(roleIn('did it get any better i still have some wheezing at night', 'wheezing')).toBe('current');
  });
});
