import { describe, expect, it } from 'vitest';
import { getBuiltinTemplate } from '../templates/index.js';
import { withSyntheticTimes } from '../transcript/timing.js';
import { draftOffline } from './index.js';
import { loadOfflineResources } from './node-resources.js';

const resources = loadOfflineResources();

/** The chief complaint drafted from unlabelled, unpunctuated lines in our own words. */
function complaintOf(lines: string[]): string | undefined {
  const segments = withSyntheticTimes(lines.map((text) => ({ speaker: 'unknown' as const, text })));
  const content = draftOffline(segments, getBuiltinTemplate('soap'), resources).content;
  return content.sections.find((s) => s.id === 'subjective')?.sentences[0]?.text;
}

describe('chief complaint of an injury told without punctuation', () => {
  it('ends the mechanism where the account runs on, never on "and it\'s" or a word that leads on', () => {
    const ankle = complaintOf([
      'hi there um so what brings you in today',
      "yeah so i rolled my right ankle on sunday playing tennis and it's been like really swollen since",
      'okay did you hear a pop when it happened',
      'no pop but i have a lot of ankle pain on the stairs',
    ]);
    expect(ankle).toMatch(/^Chief complaint: right ankle injury \(rolled [^)]*playing tennis\)\.$/);
    const wrist = complaintOf([
      'hi so what happened to you',
      'i slipped on the ice outside the grocery store and landed on my left wrist and',
      'okay can you move your fingers for me',
      'yes but i have bad wrist pain when i bend it',
    ]);
    expect(wrist).toMatch(/^Chief complaint: left wrist injury \(slipped on the ice [^)]*\)\.$/);
    expect(wrist).not.toMatch(/\b(?:and|the|on|it's)\)/);
  });
});
