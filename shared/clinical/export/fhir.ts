import type {
  Bundle,
  BundleEntry,
  Composition,
  Condition,
  DocumentReference,
  Encounter,
  Patient,
  Practitioner,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import type { NoteContent } from '../note.js';
import { utf8ToBase64 } from './base64.js';
import { dottedIcd10 } from './icd10.js';
import { noteToMarkdown, noteToText } from './text.js';

export const ICD10CM_SYSTEM = 'http://hl7.org/fhir/sid/icd-10-cm';
const LOINC = 'http://loinc.org';
// LOINC 11506-3 "Progress note": the generic clinical note type most EHRs accept.
const NOTE_TYPE = { system: LOINC, code: '11506-3', display: 'Progress note' };

export const fhirExportOptionsSchema = z.object({
  patient: z.object({ mrn: z.string().min(1).max(100), displayName: z.string().max(200).optional() }),
  encounter: z.object({
    id: z.string().min(1).max(64),
    start: z.string().optional(),
    end: z.string().optional(),
  }),
  acceptedCodes: z.array(z.object({ code: z.string(), display: z.string().max(500) })).max(100),
  author: z
    .object({ id: z.string().min(1).max(64).optional(), displayName: z.string().min(1).max(200) })
    .optional(),
  status: z.enum(['preliminary', 'final']),
  signedAt: z.string().optional(),
  /** System URI of the MRN identifier; defaults to a local URN. */
  mrnSystem: z.string().optional(),
  title: z.string().max(200).optional(),
});
export type FhirExportOptions = z.input<typeof fhirExportOptionsSchema>;

const fhirId = (s: string) => s.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 64);

/**
 * The note as a FHIR R4 Bundle: Patient (identifier = MRN), Encounter, DocumentReference (note as
 * base64 text/plain and text/markdown), one Condition per accepted ICD-10-CM code. With an author it
 * is a `document` led by a Composition; without, a `collection`. References are urn:uuid fullUrls
 * that resolve inside the bundle.
 */
export function noteToFhirBundle(
  content: NoteContent,
  options: FhirExportOptions,
  newId: () => string = () => globalThis.crypto.randomUUID(),
): Bundle {
  const parsed = fhirExportOptionsSchema.safeParse(options);
  if (!parsed.success)
    throw new AppError('validation_failed', 'Invalid FHIR export options', { cause: parsed.error });
  const o = parsed.data;
  const entries: BundleEntry[] = [];
  const add = <T extends Resource>(resource: T): Reference<T> => {
    const id = resource.id ?? newId();
    const fullUrl = `urn:uuid:${id}`;
    entries.push({ fullUrl, resource: { ...resource, id } });
    return { reference: fullUrl };
  };
  const date = o.signedAt ?? o.encounter.end ?? o.encounter.start ?? new Date().toISOString();

  const patient: Patient = {
    resourceType: 'Patient',
    id: newId(),
    identifier: [{ system: o.mrnSystem ?? 'urn:scribe:mrn', value: o.patient.mrn }],
    ...(o.patient.displayName ? { name: [{ text: o.patient.displayName }] } : {}),
  };
  const patientRef = add(patient);
  const encounter: Encounter = {
    resourceType: 'Encounter',
    id: fhirId(o.encounter.id),
    status: 'finished',
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' },
    subject: patientRef,
    ...(o.encounter.start || o.encounter.end
      ? {
          period: {
            ...(o.encounter.start ? { start: o.encounter.start } : {}),
            ...(o.encounter.end ? { end: o.encounter.end } : {}),
          },
        }
      : {}),
  };
  const encounterRef = add(encounter);
  const authorRef = o.author
    ? add<Practitioner>({
        resourceType: 'Practitioner',
        id: o.author.id ? fhirId(o.author.id) : newId(),
        name: [{ text: o.author.displayName }],
      })
    : undefined;

  const exportMeta = o.title ? { title: o.title } : {};
  const text = noteToText(content, exportMeta);
  const markdown = noteToMarkdown(content, exportMeta);
  const documentRef = add<DocumentReference>({
    resourceType: 'DocumentReference',
    status: 'current',
    docStatus: o.status,
    type: { coding: [NOTE_TYPE] },
    subject: patientRef,
    date,
    ...(authorRef ? { author: [authorRef] } : {}),
    context: { encounter: [encounterRef] },
    content: [
      {
        attachment: {
          contentType: 'text/plain; charset=utf-8',
          data: utf8ToBase64(text),
          title: o.title ?? 'Clinical note',
        },
      },
      {
        attachment: {
          contentType: 'text/markdown; charset=utf-8',
          data: utf8ToBase64(markdown),
          title: o.title ?? 'Clinical note',
        },
      },
    ],
  });
  const conditionRefs = o.acceptedCodes.map((c) =>
    add<Condition>({
      resourceType: 'Condition',
      clinicalStatus: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
      },
      verificationStatus: {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
            code: o.status === 'final' ? 'confirmed' : 'provisional',
          },
        ],
      },
      category: [
        {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/condition-category',
              code: 'encounter-diagnosis',
            },
          ],
        },
      ],
      code: {
        coding: [{ system: ICD10CM_SYSTEM, code: dottedIcd10(c.code), display: c.display }],
        text: c.display,
      },
      subject: patientRef,
      encounter: encounterRef,
    }),
  );

  if (!authorRef) return { resourceType: 'Bundle', type: 'collection', timestamp: date, entry: entries };
  // A document bundle starts with its Composition (FHIR R4 bdl-11).
  const composition: Composition = {
    resourceType: 'Composition',
    id: newId(),
    status: o.status,
    type: { coding: [NOTE_TYPE] },
    subject: patientRef,
    encounter: encounterRef,
    date,
    author: [authorRef],
    title: o.title ?? 'Clinical note',
    section: [
      { title: 'Note', entry: [documentRef] },
      ...(conditionRefs.length ? [{ title: 'Diagnoses', entry: conditionRefs }] : []),
    ],
  };
  const compositionEntry: BundleEntry = { fullUrl: `urn:uuid:${composition.id}`, resource: composition };
  return {
    resourceType: 'Bundle',
    type: 'document',
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${newId()}` },
    timestamp: date,
    entry: [compositionEntry, ...entries],
  };
}
