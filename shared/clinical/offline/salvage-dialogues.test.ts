import { describe, expect, it } from 'vitest';
import { isHeadingSection, proseDefects } from '../quality/prose-defects.js';
import { getBuiltinTemplate } from '../templates/index.js';
import { withSyntheticTimes } from '../transcript/timing.js';
import type { TranscriptSegment } from '../transcript.js';
import { draftOffline } from './index.js';
import { loadOfflineResources } from './node-resources.js';

const resources = loadOfflineResources();
const soap = getBuiltinTemplate('soap');

// Talk written for this test, as loose as people speak: fillers before amounts, a "yes" left inside
// an answer, the clinic as "here", and a run-on that says again what a clean sentence says.
const HEART_FAILURE_TELEHEALTH: Array<[TranscriptSegment['speaker'], string]> = [
  ['clinician', 'How have the ankles been since we doubled the furosemide?'],
  ['patient', 'The swelling went down for like four days and then it came back a bit.'],
  ['clinician', 'Have you been weighing yourself?'],
  ['patient', "No I haven't, the scale is broken."],
  ['clinician', 'Any shortness of breath lying flat?'],
  ['patient', 'I need two pillows now, honestly three some nights.'],
  ['clinician', 'Continue furosemide 40 mg twice a day and I want a basic metabolic panel this week.'],
  [
    'clinician',
    'I was thinking furosemide 40 mg twice a day is right for you, you know, so we stay on that.',
  ],
  ['clinician', 'I hope the weather gets better and we will see you back here in 2 weeks.'],
];

describe('drafting a loosely spoken visit', () => {
  const segments: TranscriptSegment[] = withSyntheticTimes(
    HEART_FAILURE_TELEHEALTH.map(([speaker, text]) => ({ speaker, text })),
  );
  const content = draftOffline(segments, soap, resources, { sex: 'female' }).content;
  const sentences = content.sections.flatMap((s) => s.sentences.map((x) => ({ ...x, section: s.id })));
  const all = sentences.map((s) => s.text).join(' ');

  it('writes every sentence as documentation prose, none left for rewording', () => {
    for (const s of sentences) {
      expect(proseDefects(s.text, { heading: isHeadingSection(s.section) }), s.text).toEqual([]);
      expect(s.review, s.text).toBeUndefined();
    }
  });

  // The follow-up said with small talk and the test wanted in the first person were both lost once.
  it('keeps each finding, number, drug, test and follow-up while doing so', () => {
    expect(all).toMatch(/4 days/);
    expect(all).toMatch(/furosemide 40 mg twice a day/i);
    expect(all).toMatch(/metabolic panel/i);
    expect(all).toMatch(/2 weeks/);
    expect(all).toMatch(/pillows/i);
  });

  it('says the repeated plan once', () => {
    expect(all.match(/furosemide 40 mg/gi)).toHaveLength(1);
  });
});

describe('drafting a paediatric ear exam said while looking', () => {
  const segments: TranscriptSegment[] = withSyntheticTimes([
    {
      speaker: 'unknown' as const,
      text: 'he has had a fever for like three days and keeps pulling at his ear',
    },
    {
      speaker: 'clinician' as const,
      text: 'alright let me take a look in his ears here, so the right ear drum is red and bulging, the left one looks fine',
    },
  ]);
  const content = draftOffline(segments, soap, resources, { sex: 'male' }).content;
  const exam = (content.sections.find((s) => s.id === 'objective')?.sentences ?? []).map((s) => s.text);

  // Narration with no problem, drug or number in it was once dropped whole, finding and all.
  it('keeps the finding said after the narration of the look', () => {
    expect(exam).toContain('The right ear drum is red and bulging, the left one looks fine.');
  });
});
