import { eq } from 'drizzle-orm';
import { noteToFhirBundle, noteToMarkdown, noteToText } from '../../shared/clinical/export/index.js';
import type { Executor } from '../db/client.js';
import { templateVersions, users } from '../db/schema/index.js';
import type { EncounterRow, PatientRow } from '../encounters/encounter-access.js';
import type { readNote } from './notes.service.js';

type ReadNote = Awaited<ReturnType<typeof readNote>>;

/** Renders a note for the EHR: plain text or Markdown to paste, or a FHIR R4 Bundle to post. */
export async function exportNote(
  tx: Executor,
  input: {
    note: ReadNote;
    encounter: EncounterRow;
    patient: PatientRow;
    format: 'text' | 'markdown' | 'fhir';
  },
): Promise<{ body: string; contentType: string }> {
  const { note, encounter, patient } = input;
  const [template] = await tx
    .select()
    .from(templateVersions)
    .where(eq(templateVersions.id, note.templateVersionId))
    .limit(1);
  const [signer] = note.signedBy
    ? await tx.select().from(users).where(eq(users.id, note.signedBy)).limit(1)
    : [];
  const status = note.status === 'signed' ? 'final' : 'preliminary';
  if (input.format === 'fhir') {
    const bundle = noteToFhirBundle(note.content, {
      patient: { mrn: patient.mrn, ...(patient.displayName ? { displayName: patient.displayName } : {}) },
      encounter: {
        id: encounter.id,
        start: encounter.startedAt.toISOString(),
        ...(encounter.endedAt ? { end: encounter.endedAt.toISOString() } : {}),
      },
      acceptedCodes: note.codes
        .filter((k) => k.status === 'accepted')
        .map((k) => ({ code: k.code, display: k.display })),
      ...(signer ? { author: { id: signer.id, displayName: signer.displayName } } : {}),
      status,
      ...(note.signedAt ? { signedAt: note.signedAt } : {}),
      title: template?.body.name,
    });
    return { body: JSON.stringify(bundle, null, 2), contentType: 'application/fhir+json' };
  }
  const meta = {
    title: template?.body.name,
    patientName: patient.displayName ?? undefined,
    mrn: patient.mrn,
    encounterDate: encounter.startedAt.toISOString().slice(0, 10),
    author: signer?.displayName,
    status: note.status === 'signed' ? ('final' as const) : ('draft' as const),
    signedAt: note.signedAt ?? undefined,
    style: template?.body.style,
  };
  const render = input.format === 'markdown' ? noteToMarkdown : noteToText;
  let body = render(note.content, meta);
  for (const a of note.addenda) {
    body +=
      input.format === 'markdown'
        ? `\n\n**Addendum (${a.createdAt})**\n\n${a.text}`
        : `\n\nADDENDUM (${a.createdAt})\n${a.text}`;
  }
  return {
    body,
    contentType: input.format === 'markdown' ? 'text/markdown; charset=utf-8' : 'text/plain; charset=utf-8',
  };
}
