import { describe, expect, it } from 'vitest';
import { getBuiltinTemplate } from '../templates/index.js';
import { withSyntheticTimes } from '../transcript/timing.js';
import type { TranscriptSegment } from '../transcript.js';
import { draftOffline } from './index.js';
import { loadOfflineResources } from './node-resources.js';
import { unpunctuated, VISIT_OPENINGS, type VisitOpening } from './test-support/visit-openings.js';

const resources = loadOfflineResources();
const soap = getBuiltinTemplate('soap');

type Condition = 'labelled' | 'unlabelled' | 'unpunctuated';

/** The drafted chief complaint (after "Chief complaint: ") of a visit as one condition delivers it. */
function complaintOf(visit: VisitOpening, condition: Condition): string | undefined {
  const segments: TranscriptSegment[] = withSyntheticTimes(
    visit.lines.map(([role, text]) => ({
      speaker: condition === 'labelled' ? role : ('unknown' as const),
      text: condition === 'unpunctuated' ? unpunctuated(text) : text,
    })),
  );
  return draftOffline(segments, soap, resources)
    .content.sections.flatMap((s) => s.sentences)
    .find((s) => s.text.startsWith('Chief complaint:'))
    ?.text.replace(/^Chief complaint:\s*/, '');
}

describe('the chief complaint is the reason the patient came, as a physician names it', () => {
  for (const [name, visit] of Object.entries(VISIT_OPENINGS)) {
    for (const condition of ['labelled', 'unlabelled', 'unpunctuated'] as const) {
      it(`${name}, ${condition}`, () => {
        const cc = complaintOf(visit, condition) ?? '';
        expect(cc).toMatch(visit.expect);
        if (visit.not) expect(cc).not.toMatch(visit.not);
      });
    }
  }
});
