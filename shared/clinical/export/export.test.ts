import type { Bundle, Condition, DocumentReference, Encounter, Patient, Reference } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import type { NoteContent } from '../note.js';
import {
  base64ToUtf8,
  dottedIcd10,
  ICD10CM_SYSTEM,
  noteToFhirBundle,
  noteToMarkdown,
  noteToText,
} from './index.js';

const content: NoteContent = {
  drafter: 'offline',
  warnings: [],
  sections: [
    {
      id: 'subjective',
      title: 'Subjective',
      sentences: [
        { id: 's1', text: 'Reports headache for 3 days.', evidence: [], support: 'supported' },
        { id: 's2', text: 'Denies fever — naïve *test* #1.', evidence: [], support: 'supported' },
      ],
    },
    { id: 'objective', title: 'Objective', sentences: [] },
    {
      id: 'plan',
      title: 'Plan',
      sentences: [{ id: 'p1', text: 'Ibuprofen 400 mg prescribed.', evidence: [], support: 'edited' }],
    },
  ],
};

describe('noteToText / noteToMarkdown', () => {
  it('writes headed sections, skips empty ones, and prints optional meta', () => {
    const text = noteToText(content, { patientName: 'Test Patient', status: 'final' });
    expect(text).toBe(
      'Patient: Test Patient\nStatus: final\n\nSUBJECTIVE\nReports headache for 3 days. Denies fever — naïve *test* #1.\n\nPLAN\nIbuprofen 400 mg prescribed.\n',
    );
    expect(noteToText(content, { style: 'bullets' })).toContain(
      '- Reports headache for 3 days.\n- Denies fever',
    );
  });

  it('escapes Markdown syntax inside note text', () => {
    const md = noteToMarkdown(content, { title: 'SOAP note' });
    expect(md).toContain(
      '# SOAP note\n\n## Subjective\n\nReports headache for 3 days. Denies fever — naïve \\*test\\* \\#1.',
    );
    expect(md).not.toContain('## Objective');
  });
});

describe('problem headings in exports', () => {
  const ap: NoteContent = {
    drafter: 'offline',
    warnings: [],
    sections: [
      {
        id: 'assessment-plan',
        title: 'Assessment and Plan',
        sentences: [
          { id: 'a1', text: 'Ankle sprain', evidence: [], support: 'supported', heading: true },
          { id: 'a2', text: 'Lateral ligaments tender.', evidence: [], support: 'supported' },
          { id: 'a3', text: 'Wear the brace.', evidence: [], support: 'supported' },
          { id: 'a4', text: 'Low mood', evidence: [], support: 'supported', heading: true },
          { id: 'a5', text: 'Disposition', evidence: [], support: 'supported', heading: true },
          { id: 'a6', text: 'Follow-up in 2 weeks.', evidence: [], support: 'supported' },
        ],
      },
    ],
  };

  it('starts each problem on its own line, its sentences after it', () => {
    expect(noteToText(ap)).toBe(
      'ASSESSMENT AND PLAN\nAnkle sprain: Lateral ligaments tender. Wear the brace.\nLow mood.\nDisposition: Follow-up in 2 weeks.\n',
    );
    expect(noteToText(ap, { style: 'bullets' })).toContain(
      'Ankle sprain:\n  - Lateral ligaments tender.\n  - Wear the brace.\nLow mood.\nDisposition:',
    );
    expect(noteToMarkdown(ap)).toContain(
      'Ankle sprain: Lateral ligaments tender. Wear the brace.\n\nLow mood.\n\n',
    );
  });

  it('prints a note without headings exactly as before', () => {
    expect(noteToText(content, { style: 'bullets' })).toContain(
      'SUBJECTIVE\n- Reports headache for 3 days.\n- Denies',
    );
  });
});

describe('dottedIcd10', () => {
  it('re-inserts the dot after the category', () => {
    expect(dottedIcd10('E119')).toBe('E11.9');
    expect(dottedIcd10('I10')).toBe('I10');
    expect(dottedIcd10('S52521A')).toBe('S52.521A');
    expect(() => dottedIcd10('hello')).toThrow(expect.objectContaining({ code: 'validation_failed' }));
  });
});

function resolve(bundle: Bundle, ref: Reference | undefined) {
  const entry = bundle.entry?.find((e) => e.fullUrl === ref?.reference);
  expect(entry, `reference ${ref?.reference} resolves in the bundle`).toBeDefined();
  return entry?.resource;
}

describe('noteToFhirBundle', () => {
  const options = {
    patient: { mrn: 'MRN-001', displayName: 'Test Patient' },
    encounter: { id: 'enc-1', start: '2026-01-05T10:00:00Z', end: '2026-01-05T10:20:00Z' },
    acceptedCodes: [
      { code: 'E119', display: 'Type 2 diabetes mellitus without complications' },
      { code: 'I10', display: 'Essential (primary) hypertension' },
    ],
    status: 'preliminary' as const,
  };

  it('builds a collection with Patient, Encounter, DocumentReference and Conditions that reference each other', () => {
    const bundle = noteToFhirBundle(content, options);
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.type).toBe('collection');
    const types = bundle.entry?.map((e) => e.resource?.resourceType);
    expect(types).toEqual(['Patient', 'Encounter', 'DocumentReference', 'Condition', 'Condition']);
    for (const e of bundle.entry ?? []) expect(e.fullUrl).toBe(`urn:uuid:${e.resource?.id}`);

    const patient = bundle.entry?.[0]?.resource as Patient;
    expect(patient.identifier?.[0]?.value).toBe('MRN-001');
    const encounter = bundle.entry?.[1]?.resource as Encounter;
    expect(encounter.status).toBe('finished');
    expect(encounter.class?.code).toBe('AMB');
    expect(resolve(bundle, encounter.subject)?.resourceType).toBe('Patient');

    const doc = bundle.entry?.[2]?.resource as DocumentReference;
    expect(doc.status).toBe('current');
    expect(doc.docStatus).toBe('preliminary');
    expect(resolve(bundle, doc.subject)?.resourceType).toBe('Patient');
    expect(resolve(bundle, doc.context?.encounter?.[0])?.resourceType).toBe('Encounter');
    const [plain, markdown] = doc.content.map((c) => c.attachment);
    expect(plain?.contentType).toBe('text/plain; charset=utf-8');
    expect(base64ToUtf8(plain?.data ?? '')).toBe(noteToText(content));
    expect(markdown?.contentType).toBe('text/markdown; charset=utf-8');
    expect(base64ToUtf8(markdown?.data ?? '')).toBe(noteToMarkdown(content));

    const conditions = bundle.entry?.slice(3).map((e) => e.resource as Condition) ?? [];
    expect(conditions.map((c) => c.code?.coding?.[0])).toEqual([
      { system: ICD10CM_SYSTEM, code: 'E11.9', display: 'Type 2 diabetes mellitus without complications' },
      { system: ICD10CM_SYSTEM, code: 'I10', display: 'Essential (primary) hypertension' },
    ]);
    for (const c of conditions) {
      expect(resolve(bundle, c.subject)?.resourceType).toBe('Patient');
      expect(resolve(bundle, c.encounter)?.resourceType).toBe('Encounter');
      expect(c.verificationStatus?.coding?.[0]?.code).toBe('provisional');
    }
  });

  it('builds a signed document led by a Composition when there is an author', () => {
    const bundle = noteToFhirBundle(content, {
      ...options,
      status: 'final',
      signedAt: '2026-01-05T11:00:00Z',
      author: { displayName: 'Dr Test' },
    });
    expect(bundle.type).toBe('document');
    expect(bundle.identifier?.value).toMatch(/^urn:uuid:/);
    const composition = bundle.entry?.[0]?.resource;
    expect(composition?.resourceType).toBe('Composition');
    if (composition?.resourceType !== 'Composition') return;
    expect(composition.status).toBe('final');
    expect(composition.date).toBe('2026-01-05T11:00:00Z');
    expect(resolve(bundle, composition.author[0])?.resourceType).toBe('Practitioner');
    expect(resolve(bundle, composition.subject)?.resourceType).toBe('Patient');
    for (const section of composition.section ?? [])
      for (const ref of section.entry ?? []) resolve(bundle, ref);
  });

  it('rejects invalid options and codes', () => {
    expect(() => noteToFhirBundle(content, { ...options, patient: { mrn: '' } })).toThrow(
      expect.objectContaining({ code: 'validation_failed' }),
    );
    expect(() =>
      noteToFhirBundle(content, { ...options, acceptedCodes: [{ code: '123', display: 'x' }] }),
    ).toThrow(expect.objectContaining({ code: 'validation_failed' }));
  });
});
