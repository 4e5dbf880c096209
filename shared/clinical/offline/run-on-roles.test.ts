import { describe, expect, it } from 'vitest';
import { getBuiltinTemplate } from '../templates/index.js';
import { withSyntheticTimes } from '../transcript/timing.js';
import { draftOffline } from './index.js';
import { loadOfflineResources } from './node-resources.js';

// A heart-failure follow-up as one microphone and a recogniser without punctuation write it: the
// clinician's question, the patient's long answer and the clinician again run on in one segment.
// Written for this test.
const VISIT = [
  'good afternoon how are you doing today',
  'so okay and then i know that your heart is not pumping as strongly as it should how have you been doing with the salt in your diet i know that has been a struggle for you it has been harder lately i have been on the road a lot for work i drove down to florida to see my grandkids and along the way i stopped at fast food places and ate fried chicken and so i could be doing better i have noticed my ankles are puffy by the evening but nothing that made me want to call',
  'well that is really common when you travel let me listen to your heart and lungs',
  'there are crackles at both lung bases and one plus pitting edema at the ankles',
  'we will increase your furosemide to forty mg twice a day and see you back in one week',
];

describe('speaker roles inside an unpunctuated run-on', () => {
  const content = draftOffline(
    withSyntheticTimes(VISIT.map((text) => ({ speaker: 'unknown' as const, text }))),
    getBuiltinTemplate('soap'),
    loadOfflineResources(),
    { sex: 'female' },
  ).content;
  const section = (id: string) =>
    (content.sections.find((s) => s.id === id)?.sentences ?? []).map((s) => s.text).join(' ');

  it("gives each sentence of the run-on its own speaker, so the clinician's words are not the patient's", () => {
    expect(section('subjective')).not.toMatch(/She knows that her heart/);
    expect(section('subjective')).toMatch(/she drove down to florida/i);
  });

  it('keeps the exam the clinician went on to dictate in Objective', () => {
    expect(section('objective')).toMatch(/crackles at both lung bases/);
    expect(section('subjective')).not.toMatch(/crackles/);
  });
});
