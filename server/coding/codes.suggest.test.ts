import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoteContent } from '../../shared/clinical/note.js';
import { draftOffline } from '../../shared/clinical/offline/index.js';
import { getBuiltinTemplate } from '../../shared/clinical/templates/index.js';
import { importTranscript } from '../../shared/clinical/transcript/index.js';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';
import type { Database } from '../db/client.js';
import { createTestDatabase, testDatabaseKinds } from '../test-support/test-db.js';
import { blendedConfidence } from './code-blend.js';
import { rankingModel } from './code-ranker.js';
import {
  candidateCodes,
  collectCandidates,
  guidelineCodes,
  type ProblemMention,
  type ScoredCode,
  suggestCodes,
} from './codes.suggest.js';
import { validateCodes } from './codes.validate.js';
import type { CodingMention } from './coding-mentions.js';
import { importTestSubset } from './test-support/icd10-subset.js';

// Two visits in our own words: the community-acquired pneumonia and kidney-stone encounters.
const PNEUMONIA_VISIT = `
I have had a cough and a fever for four days, and chills at night.
It hurts on the right side when I cough, that pain is sharp.
Are you allergic to any medicines?
Yes, penicillin gives me hives.
Your chest x-ray shows a right lower lobe infiltrate, so this is community acquired pneumonia.
I will start azithromycin.
My mother had asthma, but I never had asthma myself.`;

const KIDNEY_STONE_VISIT = `
The pain started suddenly in my right flank and it goes down to the groin.
The CT scan shows a four millimeter kidney stone.
I will give you a strainer so you can strain your urine and catch the stone.
Drink plenty of fluids.`;

// A follow-up visit where the clinician states each problem, as ACI-Bench visits do.
const STATED_PROBLEMS_VISIT = `
I hurt my back lifting boxes at work last week, and I feel a little dizzy when I stand up.
Any nausea or vomiting?
No.
So for your first problem, I think you have an acute lumbar, um, strain.
I want you to use ice and we will start meloxicam.
From a diabetes standpoint, your sugars look fine, so keep taking the metformin twice a day.`;

// Chronic problems reviewed one by one, none of them called major, intractable or exacerbated.
const CHRONIC_REVIEW_VISIT = `
How have the headaches been? Still the same, a couple a month.
From a depression standpoint, you are doing well on the sertraline, so we will keep it.
For your next problem, your asthma, keep the albuterol inhaler as needed.
And for your migraines, continue the sumatriptan when one starts.`;

// A problem named only by its main index term: no form, no site, no side.
const ARTHRITIS_VISIT = `
My hands are stiff for an hour every morning and the joints ache when it rains.
So for your main problem, your arthritis, keep up the exercises and use the anti-inflammatory gel.`;

// Smoking said in one place, the product in another.
const SMOKER_VISIT = `
Do you smoke? Yes, I'm afraid so.
How much would you say? About a pack a day, more when work is busy.
So for your second problem, you are a smoker, and I would really like you to cut down.`;

// A dermatology follow-up: the stated problem names a site no psoriasis title carries.
const SCALP_PSORIASIS_VISIT = `
The flaking behind my ears is back and it itches at night.
So for your first problem, you have scalp psoriasis, and we will start a steroid solution on the patches.`;

// A gastroenterology telehealth follow-up: the finding said in lay words.
const ENLARGED_LIVER_VISIT = `
The ultrasound you had last week showed an enlarged liver, but the gallbladder looked normal.
So for your first problem, the enlarged liver, cut down on alcohol and we will repeat your liver tests.`;

// A back-strain visit as a microphone records it: no speaker labels, no punctuation, lower case, a
// filler; a chronic condition said in the past history, and (PLAN_LINE) addressed in the plan.
const SPOKEN_HISTORY_VISIT = `
hi there how are you doing today not too bad my lower back has been bothering me since i moved the couch last weekend
any other medical problems i have high cholesterol i've had that for years
okay so on exam you're tender over the muscles of the lower back
so for your first problem your lumbar strain i want you to use heat and we'll start ibuprofen`;
const PLAN_LINE = `
and for your high cholesterol um keep taking the atorvastatin and we'll check your lipids next month`;

/** The product path: transcript → offline draft → coding engine. */
async function codesFor(database: Database, transcript: string) {
  const { segments } = importTranscript(transcript.trim());
  const draft = draftOffline(segments, getBuiltinTemplate('soap'));
  return suggestCodes(database.db, {
    mentions: draft.mentions,
    segments,
    content: draft.content,
    setting: 'outpatient',
  });
}

const segments: TranscriptSegment[] = [
  {
    seq: 0,
    startMs: 0,
    endMs: 4000,
    speaker: 'clinician',
    text: 'Your blood pressure is high, the HTN is not controlled.',
  },
  { seq: 1, startMs: 4000, endMs: 8000, speaker: 'clinician', text: 'Your type 2 diabetes looks stable.' },
];
const noNote: NoteContent = { drafter: 'offline', warnings: [], sections: [] };
const mention = (m: Partial<ProblemMention> & Pick<ProblemMention, 'text'>): ProblemMention => ({
  normalized: m.text,
  assertion: 'present',
  category: 'assessment',
  evidence: [],
  ...m,
});

describe.each(testDatabaseKinds())('coding engine (%s)', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await importTestSubset(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('codes the pneumonia visit as a coder would: the diagnosis and the allergy status, nothing read into the words', async () => {
    const codes = (await codesFor(database, PNEUMONIA_VISIT)).map((c) => c.code);
    expect(codes).toContain('J189');
    // Penicillin gives hives: allergy status, never urticaria.
    expect(codes).toContain('Z880');
    expect(codes.some((c) => c.startsWith('L50'))).toBe(false);
    // "Pneumonia" does not say eosinophilic; "pain" does not say suprapubic; fever was said.
    expect(codes.some((c) => c.startsWith('J82'))).toBe(false);
    expect(codes.some((c) => c.startsWith('R10'))).toBe(false);
    expect(codes).not.toContain('R6883');
    // Fever and cough are integral to pneumonia; asthma is the mother's and denied for the patient.
    expect(codes.some((c) => c.startsWith('R50') || c.startsWith('R05'))).toBe(false);
    expect(codes.some((c) => c.startsWith('J45'))).toBe(false);
  });

  it("reads each visit's own side although a phrase's candidates are remembered across visits", async () => {
    // One stated problem, the same words, the knee on opposite sides in two follow-ups.
    const visit = (side: string) => `
My ${side} knee is stiff in the morning and aches after gardening.
For your main problem, the osteoarthritis of your ${side} knee, keep up the physiotherapy exercises.`;
    const knee = async (side: string) =>
      (await codesFor(database, visit(side))).map((c) => c.code).filter((c) => c.startsWith('M17'));
    const right = await knee('right');
    const left = await knee('left');
    expect(right).toContain('M1711');
    expect(right).not.toContain('M1712');
    expect(left).toContain('M1712');
    expect(left).not.toContain('M1711');
    // Asked again, in the other order, the remembered lists give the same answers.
    expect(await knee('left')).toEqual(left);
    expect(await knee('right')).toEqual(right);
  });

  it('codes the kidney-stone visit without an Achilles strain from "strain your urine"', async () => {
    const codes = (await codesFor(database, KIDNEY_STONE_VISIT)).map((c) => c.code);
    expect(codes.some((c) => c.startsWith('N20'))).toBe(true);
    expect(codes.some((c) => c.startsWith('S86'))).toBe(false);
    expect(codes).not.toContain('R3916');
    // Flank pain is integral to the stone; no side-specific code the words do not support.
    expect(codes.some((c) => c.startsWith('R10'))).toBe(false);
  });

  it('codes a child who is queasy and throwing up with the nausea-with-vomiting combination, not its parts', async () => {
    const codes = (
      await codesFor(
        database,
        `My son has had nausea since Sunday night and vomiting three times this morning.
He is keeping small sips of water down and has no fever.`,
      )
    ).map((c) => c.code);
    expect(codes).toContain('R112');
    expect(codes).not.toContain('R110');
    expect(codes.some((c) => c.startsWith('R111'))).toBe(false);
  });

  it('codes a stated problem whose qualifier no title carries by the problem itself', async () => {
    const scalp = (await codesFor(database, SCALP_PSORIASIS_VISIT)).find((c) => c.code === 'L409');
    const plain = (
      await codesFor(database, SCALP_PSORIASIS_VISIT.replace('scalp psoriasis', 'psoriasis'))
    ).find((c) => c.code === 'L409');
    // As confident as the same problem stated without the qualifier: it is the stated problem.
    expect(plain?.score).toBeGreaterThan(0.7);
    expect(scalp?.score).toBeGreaterThan((plain?.score ?? 1) - 0.05);
  });

  it('puts the problems the clinician states first, with the drug status of treated diabetes', async () => {
    const codes = await codesFor(database, STATED_PROBLEMS_VISIT);
    const shown = codes.filter((c) => c.score >= 0.5).map((c) => c.code);
    const all = codes.map((c) => c.code);
    // The stated lumbar strain is coded whole (not the lexicon's bare "strain": no Achilles strain),
    // among the first three.
    expect(all.slice(0, 3)).toContain('S39012A');
    expect(shown).toContain('E119');
    // The drug status goes with the confident type 2 code, as confident as it nearly.
    expect(shown).toContain('Z7984');
    expect(codes.some((c) => c.code.startsWith('S86'))).toBe(false);
    // No pregnancy was mentioned; a symptom said outside the assessment is not shown among them.
    expect(codes.some((c) => c.code.startsWith('O'))).toBe(false);
    expect(shown).not.toContain('R42');
  });

  it('codes reviewed chronic problems at the specificity said: F32.A, unspecified asthma and migraine', async () => {
    const codes = await codesFor(database, CHRONIC_REVIEW_VISIT);
    const shown = codes.filter((c) => c.score >= 0.5).map((c) => c.code);
    // The three reviewed problems come first; the office-visit model (visit-ranking.ts) may leave the
    // one said only as "doing well" just below the shown line.
    expect(codes.slice(0, 3).map((c) => c.code)).toEqual(
      expect.arrayContaining(['F32A', 'J45909', 'G43909']),
    );
    expect(shown).toEqual(expect.arrayContaining(['J45909', 'G43909']));
    // Not major depression, not an exacerbation, not a migraine without aura nobody described.
    const all = codes.map((c) => c.code);
    expect(all).not.toContain('F329');
    expect(shown).not.toContain('J45901');
    expect(all.some((c) => /^G430/.test(c))).toBe(false);
  });

  it('codes a condition named without form or site as the index codes it, the unspecified code', async () => {
    const codes = await codesFor(database, ARTHRITIS_VISIT);
    expect(codes.filter((c) => c.score >= 0.5).map((c) => c.code)).toContain('M1990');
    // No site, side or "other specified" form that nobody said.
    expect(codes.filter((c) => /^M1[39]/.test(c.code)).map((c) => c.code)).toEqual(['M1990']);
  });

  it('follows the index from lay words to the term a coder codes: an enlarged liver is hepatomegaly', async () => {
    const codes = await codesFor(database, ENLARGED_LIVER_VISIT);
    expect(codes.filter((c) => c.score >= 0.5).map((c) => c.code)).toContain('R160');
    // Not the unspecified liver disease that the words "liver" and "enlarged" find in the titles.
    expect(codes.map((c) => c.code)).not.toContain('K769');
  });

  it('codes a smoker as nicotine dependence on the product said elsewhere in the visit', async () => {
    const codes = await codesFor(database, SMOKER_VISIT);
    const nicotine = codes.filter((c) => c.code.startsWith('F17'));
    expect(nicotine[0]?.code).toBe('F17210');
    expect(nicotine[0]?.score).toBeGreaterThanOrEqual(0.5);
    // Not the unspecified product, nor a withdrawal or remission nobody described.
    expect(nicotine.map((c) => c.code)).not.toContain('F17200');
    expect(nicotine.some((c) => /^F17\d\d[13]$/.test(c.code))).toBe(false);
  });

  it('suggests only codes the loaded release lists as billable, each with a confidence and its words', async () => {
    for (const visit of [PNEUMONIA_VISIT, KIDNEY_STONE_VISIT, STATED_PROBLEMS_VISIT]) {
      const codes = await codesFor(database, visit);
      const { accepted, rejected } = await validateCodes(
        database.db,
        codes.map((c) => c.code),
      );
      expect(rejected).toEqual([]);
      expect(accepted).toHaveLength(codes.length);
      for (const c of codes) {
        expect(c.score).toBeGreaterThan(0);
        expect(c.score).toBeLessThanOrEqual(1);
        expect(c.evidenceWords?.length).toBeGreaterThan(0);
      }
    }
  });

  it('codes an uncertain diagnosis as its symptom', async () => {
    const codes = await suggestCodes(
      database.db,
      {
        segments,
        content: noNote,
        setting: 'outpatient',
        mentions: [
          mention({ text: 'pneumonia', assertion: 'possible' }),
          mention({ text: 'cough', category: 'symptom' }),
        ],
      },
      { vocabulary: null },
    );
    expect(codes.map((c) => c.code)).toEqual(['R059']);
  });

  it('gives a case report no conversation offsets: "was diagnosed with" leaves each confidence as learned', async () => {
    const report = {
      segments: [
        {
          seq: 0,
          startMs: 0,
          endMs: 0,
          speaker: 'clinician' as const,
          text: 'A man of 60 came in with cough and fever. He was diagnosed with pneumonia. He also has asthma.',
        },
      ],
      content: noNote,
      mentions: [],
      setting: 'inpatient' as const,
    };
    const { scored } = await candidateCodes(database.db, report, { vocabulary: null });
    expect(scored.some((c) => c.stated)).toBe(true);
    expect(scored.length).toBeGreaterThan(1);
    for (const c of scored) expect(c.confidence).toBeCloseTo(blendedConfidence(rankingModel(), c.blend), 9);
  });

  it('codes an uncertain diagnosis as established, with its symptoms, in the inpatient setting', async () => {
    const input = {
      segments,
      content: noNote,
      mentions: [
        mention({ text: 'pneumonia', assertion: 'possible' }),
        mention({ text: 'cough', category: 'symptom' }),
      ],
    };
    // Every suggestion, however unlikely: the rule under test is which codes exist, not their rank.
    const inpatient = await suggestCodes(
      database.db,
      { ...input, setting: 'inpatient' },
      { vocabulary: null, minConfidence: 0 },
    );
    const outpatient = await suggestCodes(
      database.db,
      { ...input, setting: 'outpatient' },
      { vocabulary: null, minConfidence: 0 },
    );
    expect(inpatient.map((c) => c.code)).toContain('J189');
    expect(inpatient.map((c) => c.code)).toContain('R059');
    expect(outpatient.map((c) => c.code)).not.toContain('J189');
  });

  it('backs a case report mention off a modifier no title carries, word by word', async () => {
    // No learned links: only the title/index words may find the code.
    const model = { ...rankingModel(), keyCodes: {}, keyDocs: {} };
    const said = (phrase: string, sentence: string): CodingMention => ({
      phrase,
      role: 'current',
      assessed: false,
      sentence,
      evidence: [],
    });
    const mentions = [
      said(
        'longstanding arterial hypertension',
        'Her blood pressure has been high for years: longstanding arterial hypertension.',
      ),
      said('intense nightly fever', 'The boy has run an intense nightly fever since Monday.'),
    ];
    const inpatient = await collectCandidates(
      database.db,
      mentions,
      model,
      new Map(),
      undefined,
      undefined,
      undefined,
      undefined,
      'inpatient',
    );
    expect([...inpatient.candidates.keys()]).toEqual(expect.arrayContaining(['I10', 'R509']));
  });

  it('shows a chronic condition from the past history only when the spoken plan addresses it', async () => {
    const shown = (codes: Awaited<ReturnType<typeof codesFor>>) =>
      codes.filter((c) => c.score >= 0.5).map((c) => c.code);
    const cholesterol = (codes: string[]) => codes.filter((c) => c.startsWith('E78'));
    // The index codes high cholesterol as E78.00.
    const addressed = await codesFor(database, `${SPOKEN_HISTORY_VISIT}${PLAN_LINE}`);
    expect(cholesterol(shown(addressed))).toEqual(['E7800']);
    const onlyHistory = await codesFor(database, SPOKEN_HISTORY_VISIT);
    expect(cholesterol(shown(onlyHistory))).toEqual([]);
    // The stated problem is shown either way.
    expect(shown(onlyHistory).some((c) => c.startsWith('S39'))).toBe(true);
  });

  it('codes a past condition as personal history and a chronic one as itself', async () => {
    const codes = await suggestCodes(
      database.db,
      {
        segments,
        content: noNote,
        setting: 'outpatient',
        mentions: [
          mention({ text: 'kidney stone', category: 'history' }),
          mention({ text: 'hypertension', category: 'history' }),
        ],
      },
      { vocabulary: null },
    );
    const found = codes.map((c) => c.code);
    expect(found).toContain('Z87442');
    expect(found).not.toContain('N200');
    expect(found).toContain('I10');
  });

  it('adds a stated past heart attack beside an unlikely guess at a current one, not beside a diagnosed one', async () => {
    // A cardiology follow-up: "you had a heart attack two years ago and have a stent"; a learned profile
    // guesses an acute infarction at 2%.
    const input = { mentions: [], segments, content: noNote, setting: 'outpatient' as const };
    const guess: ScoredCode = {
      code: 'I214',
      title: 'Non-ST elevation (NSTEMI) myocardial infarction',
      supports: [],
      assessed: false,
      stated: false,
      evidence: [],
      phrases: [],
      confidence: 0.02,
      blend: {
        dictionary: undefined,
        similarity: 0.1,
        prior: 0,
        categorySimilarity: 0,
        categoryPrior: 0,
        neighbourVote: 0,
        neighbourCategoryVote: 0,
      },
    };
    const past = { ...guess, code: 'I252', title: 'Old myocardial infarction', phrases: ['status'] };
    const status = new Map([['I252', past]]);
    const ranked = await guidelineCodes(database.db, input, { scored: [guess], status });
    expect(ranked.find((c) => c.code === 'I252')?.confidence).toBeCloseTo(0.3);
    // An infarction diagnosed today is not also an old one.
    const today = await guidelineCodes(database.db, input, {
      scored: [{ ...guess, confidence: 0.9 }],
      status,
    });
    expect(today.some((c) => c.code === 'I252')).toBe(false);
  });

  it('ignores negated, family and hypothetical mentions', async () => {
    const codes = await suggestCodes(
      database.db,
      {
        segments,
        content: noNote,
        setting: 'outpatient',
        mentions: [
          mention({ text: 'COPD', assertion: 'family', category: 'family' }),
          mention({ text: 'chest pain', assertion: 'negated', category: 'symptom' }),
          mention({ text: 'asthma', assertion: 'hypothetical' }),
        ],
      },
      { vocabulary: null },
    );
    expect(codes).toEqual([]);
  });

  it('keeps the mention evidence that exists in the transcript', async () => {
    const codes = await suggestCodes(
      database.db,
      {
        segments,
        content: noNote,
        setting: 'outpatient',
        mentions: [
          mention({
            text: 'HTN',
            evidence: [
              { seq: 0, start: 32, end: 35 },
              { seq: 99, start: 0, end: 3 },
            ],
          }),
          mention({ text: 'type 2 diabetes', evidence: [{ seq: 1, start: 5, end: 20 }] }),
        ],
      },
      { vocabulary: null },
    );
    const byCode = new Map(codes.map((c) => [c.code, c]));
    expect(byCode.get('I10')?.evidence).toEqual([{ seq: 0, start: 32, end: 35 }]);
    expect(byCode.get('E119')?.evidence).toEqual([{ seq: 1, start: 5, end: 20 }]);
  });
});
