import { describe, expect, it } from 'vitest';
import type { NoteContent } from '../note.js';
import { noteToEhrText } from './ehr-text.js';

const content: NoteContent = {
  drafter: 'offline',
  warnings: [],
  sections: [
    {
      id: 'plan',
      title: 'Plan',
      sentences: [{ id: 'p1', text: 'Rest and ice the knee.', evidence: [], support: 'edited' }],
    },
  ],
};
const base = {
  author: 'Dr Ada Byron',
  mrn: 'K-77',
  visitDate: '2026-05-04',
  version: 3,
  addenda: [],
};

describe('noteToEhrText', () => {
  it('starts a draft with a status line that cannot be mistaken for a signed note', () => {
    const text = noteToEhrText(content, { ...base, status: 'draft' });
    expect(text).toBe(
      'DRAFT - NOT SIGNED. Author: Dr Ada Byron (Scribe note v3, not reviewed for signature)\n\nMRN: K-77\nDate: 2026-05-04\n\nPLAN\nRest and ice the knee.\n',
    );
  });

  it('prints signer and UTC signing time, addenda with their author, and accepted codes when asked', () => {
    const text = noteToEhrText(content, {
      ...base,
      status: 'signed',
      signedAt: '2026-05-04T16:20:31.000Z',
      patientName: 'Kim Lee',
      addenda: [{ text: 'X-ray normal.', createdAt: '2026-05-05T08:00:00.000Z', author: 'Dr Ada Byron' }],
      acceptedCodes: [
        { code: 'M25561', display: 'Pain in right knee' },
        {
          code: 'Z87891',
          display: 'History of nicotine dependence',
          afterSigning: { by: 'Coder Kim', at: '2026-05-06T10:00:00.000Z' },
        },
      ],
    });
    expect(text.split('\n\n')).toEqual([
      'SIGNED by Dr Ada Byron on 2026-05-04 16:20 UTC (Scribe note v3)',
      'Patient: Kim Lee\nMRN: K-77\nDate: 2026-05-04',
      'PLAN\nRest and ice the knee.',
      'ADDENDUM 2026-05-05 08:00 UTC by Dr Ada Byron\nX-ray normal.',
      'CODES (ICD-10-CM, accepted)\nM25.561 Pain in right knee\nZ87.891 History of nicotine dependence (coded after signing by Coder Kim at 2026-05-06 10:00 UTC)\n',
    ]);
  });
});
