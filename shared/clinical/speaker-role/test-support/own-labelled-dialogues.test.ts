import { describe, expect, it } from 'vitest';
import { toSentenceUnits } from '../../offline/units.js';
import { labelledDialogue } from './labelled-dialogue.js';
import { labelledSegments, OWN_REPORT_DIALOGUES, OWN_TUNE_DIALOGUES } from './own-labelled-dialogues.js';

describe('our own labelled visits', () => {
  const all = [...OWN_TUNE_DIALOGUES, ...OWN_REPORT_DIALOGUES];

  it('hold at least 24 visits of 15 to 40 turns, each with a clinician and a patient', () => {
    expect(all.length).toBeGreaterThanOrEqual(24);
    for (const d of all) {
      expect(d.turns.length, d.name).toBeGreaterThanOrEqual(15);
      expect(d.turns.length, d.name).toBeLessThanOrEqual(40);
      const roles = new Set(d.turns.map(([role]) => role));
      expect(roles.has('clinician') && roles.has('patient'), d.name).toBe(true);
    }
  });

  it('keep the tune and report halves apart (no visit or turn in both)', () => {
    const names = all.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    const tuneTurns = new Set(OWN_TUNE_DIALOGUES.flatMap((d) => d.turns.map(([, text]) => text)));
    const shared = OWN_REPORT_DIALOGUES.flatMap((d) => d.turns.map(([, t]) => t)).filter(
      (t) => tuneTurns.has(t) && t.split(' ').length > 3,
    );
    expect(shared).toEqual([]);
  });

  it('become segments whose sentences keep the speaker of their turn', () => {
    const d = labelledDialogue('tiny', 'C: Any fever? Any cough?\nP: No.\nO: He had a cough last week.');
    const units = toSentenceUnits(labelledSegments(d));
    expect(units.map((u) => u.speaker)).toEqual(['clinician', 'clinician', 'patient', 'other']);
  });

  it('refuse a line without a speaker tag', () => {
    expect(() => labelledDialogue('bad', 'C: Hello.\nDoctor: How are you?')).toThrow(/without a C:/);
  });
});
