import { describe, expect, it } from 'vitest';
import { getBuiltinTemplate } from '../templates/index.js';
import { withSyntheticTimes } from '../transcript/timing.js';
import type { Speaker, TranscriptSegment } from '../transcript.js';
import { draftOffline } from './index.js';
import { loadOfflineResources } from './node-resources.js';

const resources = loadOfflineResources();
const soap = getBuiltinTemplate('soap');

function draft(lines: Array<[Speaker, string]>) {
  const segments: TranscriptSegment[] = withSyntheticTimes(
    lines.map(([speaker, text]) => ({ speaker, text })),
  );
  const content = draftOffline(segments, soap, resources).content;
  return (id: string) =>
    (content.sections.find((s) => s.id === id)?.sentences ?? []).map((s) => s.text).join(' ');
}

describe('orders said while the exam is being dictated', () => {
  it('puts them in the plan, and drops the exam announced with nothing found (heart failure)', () => {
    const text = draft([
      ['patient', 'My ankles have been puffy all week and I get winded on the stairs.'],
      ['clinician', 'Okay, on physical exam, I hear crackles at both lung bases.'],
      ['clinician', 'There is 2+ pitting edema up to the shins.'],
      ['clinician', "I'm going to do a quick exam of your neck veins."],
      ['clinician', "We'll set you up with an echocardiogram this week."],
      ['clinician', "I'm going to get you started on a water pill every morning."],
    ]);
    expect(text('objective')).toMatch(/crackles at both lung bases/);
    expect(text('objective')).toMatch(/pitting edema/);
    // The orders are the plan, not findings.
    expect(text('objective')).not.toMatch(/echocardiogram|water pill/);
    expect(`${text('plan')} ${text('assessment')}`).toMatch(/echocardiogram/);
    expect(`${text('plan')} ${text('assessment')}`).toMatch(/water pill/);
    // "Plan to do a quick exam of the neck veins." finds nothing: not documented as a finding.
    expect(text('objective')).not.toMatch(/quick exam/);
  });

  it('keeps an exam sentence that says what was found, even in the future tense (ankle sprain)', () => {
    const text = draft([
      ['patient', 'I rolled my left ankle stepping off a curb on Saturday.'],
      ['clinician', 'On exam, there is swelling over the lateral malleolus.'],
      [
        'clinician',
        "We'll keep an eye on that, and the ligament feels stable with no laxity on the anterior drawer test today.",
      ],
    ]);
    expect(text('objective')).toMatch(/swelling over the lateral malleolus/);
    expect(text('objective')).toMatch(/no laxity/);
  });
});
