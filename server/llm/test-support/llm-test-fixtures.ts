import type { TemplateBody } from '../../../shared/clinical/template.js';
import type { TranscriptSegment } from '../../../shared/clinical/transcript.js';

/** A two-section template and a short consultation naming the patient, for LLM drafter tests. */
export const soapTemplate: TemplateBody = {
  name: 'Test SOAP',
  specialty: 'general',
  style: 'paragraphs',
  sections: [
    {
      id: 'subjective',
      title: 'Subjective',
      description: 'History',
      guidance: '',
      rules: { categories: ['hpi', 'symptom'] },
    },
    {
      id: 'assessment',
      title: 'Assessment',
      description: 'Diagnoses',
      guidance: 'One problem per sentence.',
      rules: { categories: ['assessment'] },
    },
  ],
};

export const consultation: TranscriptSegment[] = [
  {
    seq: 0,
    startMs: 0,
    endMs: 3000,
    speaker: 'clinician',
    text: 'Good morning Mrs Whitfield, your MRN is 88442211.',
  },
  {
    seq: 1,
    startMs: 3000,
    endMs: 7000,
    speaker: 'patient',
    text: 'I have had a cough for two weeks and some fever.',
  },
  {
    seq: 2,
    startMs: 7000,
    endMs: 11000,
    speaker: 'clinician',
    text: 'Your high blood pressure is controlled. This looks like acute bronchitis.',
  },
];

export const patient = { displayName: 'Eleanor Whitfield', mrn: '88442211' };

/** A valid model answer in the schema the prompt asks for. */
export const validAnswer = {
  sections: [
    {
      id: 'subjective',
      sentences: [
        {
          text: '[NAME_1] reports a cough for two weeks with fever.',
          evidence: [{ seq: 1, quote: 'cough for two weeks' }],
          assertion: 'present',
        },
      ],
    },
    {
      id: 'assessment',
      sentences: [
        {
          text: 'Acute bronchitis.',
          evidence: [{ seq: 2, quote: 'acute bronchitis' }],
          assertion: 'present',
        },
        { text: 'Hypertension, controlled.', evidence: [{ seq: 2, quote: null }], assertion: null },
      ],
    },
  ],
  codes: [
    { code: 'J20.9', seqs: [2] },
    { code: 'I10', seqs: [2] },
    { code: 'X99.999', seqs: [2] },
  ],
};

/** The same kind of visit as one microphone records it: no speaker labels at all. */
export const unlabelledConsultation: TranscriptSegment[] = [
  { seq: 0, startMs: 0, endMs: 3000, speaker: 'unknown', text: 'What brings you in this morning?' },
  {
    seq: 1,
    startMs: 3000,
    endMs: 8000,
    speaker: 'unknown',
    text: "I've had a cough with green phlegm and a fever for four days.",
  },
  {
    seq: 2,
    startMs: 8000,
    endMs: 14000,
    speaker: 'unknown',
    text: "There are crackles at the right base. I'll prescribe doxycycline 100 mg twice a day for seven days.",
  },
];

/** A model answer that still reads as conversation in one sentence. */
export const conversationalAnswer = {
  sections: [
    {
      id: 'subjective',
      sentences: [
        {
          text: 'Reports cough with green phlegm and fever for 4 days.',
          evidence: [{ seq: 1, quote: 'cough with green phlegm and a fever for four days' }],
          assertion: 'present',
        },
      ],
    },
    {
      id: 'assessment',
      sentences: [
        {
          text: 'Okay so you have a chest infection, I will prescribe doxycycline.',
          evidence: [{ seq: 2, quote: "I'll prescribe doxycycline 100 mg" }],
          assertion: null,
        },
      ],
    },
  ],
  codes: [],
};
