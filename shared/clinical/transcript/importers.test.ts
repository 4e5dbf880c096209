import { describe, expect, it } from 'vitest';
import { transcriptSegmentSchema } from '../transcript.js';
import {
  detectTranscriptFormat,
  importTranscript,
  parseAciDialogue,
  parseJsonSegments,
  parsePlainText,
} from './index.js';

const ACI = `[doctor] hi , anna . what brings you in today ?
[patient] i've had this cough for three days .
[doctor] okay . i'm going to examine you now .
[patient_guest] she has been coughing at night .
[doctor] on physical exam , your lungs are clear .`;

describe('parseAciDialogue', () => {
  it('maps speaker tags, numbers seq 0..n-1 and synthesises increasing times', () => {
    const { segments, swapped } = parseAciDialogue(ACI);
    expect(swapped).toBe(false);
    expect(segments.map((s) => s.speaker)).toEqual([
      'clinician',
      'patient',
      'clinician',
      'other',
      'clinician',
    ]);
    expect(segments.map((s) => s.seq)).toEqual([0, 1, 2, 3, 4]);
    expect(segments[1]?.text).toBe("i've had this cough for three days .");
    for (const [i, s] of segments.entries()) {
      expect(transcriptSegmentSchema.parse(s)).toEqual(s);
      expect(s.endMs).toBeGreaterThan(s.startMs);
      if (i > 0) expect(s.startMs).toBeGreaterThanOrEqual(segments[i - 1]!.endMs);
    }
  });

  it('reads inline tags (VirtScribe ASR) as well as line-start tags', () => {
    const { segments } = parseAciDialogue('[doctor] hello . what brings you in ? [patient] my knee hurts .');
    expect(segments.map((s) => [s.speaker, s.text])).toEqual([
      ['clinician', 'hello . what brings you in ?'],
      ['patient', 'my knee hurts .'],
    ]);
  });

  it('detects swapped tags from clinician cue phrases and swaps them back', () => {
    const swappedText = ACI.replace(/\[doctor\]/g, '[tmp]')
      .replace(/\[patient\]/g, '[doctor]')
      .replace(/\[tmp\]/g, '[patient]');
    const { segments, swapped } = parseAciDialogue(swappedText);
    expect(swapped).toBe(true);
    expect(segments[0]?.speaker).toBe('clinician');
    expect(segments[0]?.text).toContain('what brings you in');
    expect(importTranscript(swappedText).warnings[0]).toMatch(/swapped/);
  });

  it('rejects text without speaker tags', () => {
    expect(() => parseAciDialogue('just words')).toThrow(
      expect.objectContaining({ code: 'invalid_transcript' }),
    );
  });
});

describe('parsePlainText', () => {
  it('makes one unknown-speaker segment per sentence', () => {
    const segments = parsePlainText('I have a cough. It started\nthree days ago!  No fever.');
    expect(segments.map((s) => [s.seq, s.speaker, s.text])).toEqual([
      [0, 'unknown', 'I have a cough.'],
      [1, 'unknown', 'It started three days ago!'],
      [2, 'unknown', 'No fever.'],
    ]);
  });

  it('keeps each line of an unpunctuated transcript apart, so a question never runs into its answer', () => {
    const text = [
      'how is the knee since the fall',
      'still swollen and i cant put weight on it',
      'any numbness in the foot',
      'no none',
    ].join('\n');
    expect(parsePlainText(text).map((s) => s.text)).toEqual([
      'how is the knee since the fall',
      'still swollen and i cant put weight on it',
      'any numbness in the foot',
      'no none',
    ]);
  });

  it('starts a new utterance at a capitalised line after an unfinished one in punctuated text', () => {
    const text = 'Has the rash spread?\nOnly to my elbows.\nOkay\nLet me see your hands.';
    expect(parsePlainText(text).map((s) => s.text)).toEqual([
      'Has the rash spread?',
      'Only to my elbows.',
      'Okay',
      'Let me see your hands.',
    ]);
  });
});

describe('parseJsonSegments', () => {
  it('accepts the extension upload, orders by seq, renumbers and fills missing times', () => {
    const segments = parseJsonSegments({
      segments: [
        { seq: 7, startMs: 5000, endMs: 6000, speaker: 'patient', text: 'second' },
        { seq: 3, text: 'first' },
      ],
    });
    expect(segments.map((s) => [s.seq, s.speaker, s.text])).toEqual([
      [0, 'unknown', 'first'],
      [1, 'patient', 'second'],
    ]);
    expect(segments[0]?.endMs).toBeGreaterThan(segments[0]?.startMs ?? 0);
  });

  it('rejects malformed JSON with a stable error code', () => {
    expect(() => parseJsonSegments([{ seq: 0, text: 5 }])).toThrow(
      expect.objectContaining({ code: 'invalid_transcript' }),
    );
    expect(() => importTranscript('{ not json')).toThrow(
      expect.objectContaining({ code: 'invalid_transcript' }),
    );
  });
});

describe('detectTranscriptFormat', () => {
  it('tells ACI, JSON and plain text apart', () => {
    expect(detectTranscriptFormat('[doctor] hi')).toBe('aci');
    expect(detectTranscriptFormat('[{"seq":0,"text":"hi"}]')).toBe('json');
    expect(detectTranscriptFormat('{"segments":[]}')).toBe('json');
    expect(detectTranscriptFormat('Patient reports cough.')).toBe('plain');
  });
});
