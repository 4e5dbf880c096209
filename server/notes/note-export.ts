import { eq, inArray } from 'drizzle-orm';
import type { Note } from '../../shared/api/notes.responses.js';
import { noteToFhirBundle, noteToMarkdown, noteToText } from '../../shared/clinical/export/index.js';
import type { Executor } from '../db/client.js';
import { type encounters, type patients, templateVersions, users } from '../db/schema/index.js';
import type { SignedIdentity } from './signed-content.js';

type EncounterRow = typeof encounters.$inferSelect;
type PatientRow = typeof patients.$inferSelect;

/** Coding decisions made after signing, as export lines: apart from the signed content. */
async function afterSigningLines(tx: Executor, note: Note): Promise<string[]> {
  if (note.codesAfterSigning.length === 0) return [];
  const deciders = await tx
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(
      inArray(
        users.id,
        note.codesAfterSigning.map((d) => d.decidedBy),
      ),
    );
  const nameOf = new Map(deciders.map((u) => [u.id, u.displayName]));
  const codeOf = new Map(note.codes.map((k) => [k.id, k]));
  return note.codesAfterSigning.map((d) => {
    const k = codeOf.get(d.codeId);
    return `${k?.code ?? d.codeId} ${k?.display ?? ''}: ${d.status}, coded after signing by ${nameOf.get(d.decidedBy) ?? d.decidedBy} at ${d.decidedAt}`;
  });
}

/**
 * Renders a note for the EHR: plain text or Markdown to paste, or a FHIR R4 Bundle to post. A signed
 * note shows the patient identity it was signed with; codes decided after signing are listed apart.
 */
export async function exportNote(
  tx: Executor,
  input: {
    note: Note;
    encounter: EncounterRow;
    patient: PatientRow;
    format: 'text' | 'markdown' | 'fhir';
  },
): Promise<{ body: string; contentType: string }> {
  const { note, encounter } = input;
  const identity: SignedIdentity = note.signedIdentity ?? input.patient;
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
      patient: { mrn: identity.mrn, ...(identity.displayName ? { displayName: identity.displayName } : {}) },
      encounter: {
        id: encounter.id,
        start: encounter.startedAt.toISOString(),
        ...(encounter.endedAt ? { end: encounter.endedAt.toISOString() } : {}),
      },
      // The codes as signed; later decisions are not part of the signed document.
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
    patientName: identity.displayName ?? undefined,
    mrn: identity.mrn,
    encounterDate: encounter.startedAt.toISOString().slice(0, 10),
    author: signer?.displayName,
    status: note.status === 'signed' ? ('final' as const) : ('draft' as const),
    signedAt: note.signedAt ?? undefined,
    style: template?.body.style,
  };
  const markdown = input.format === 'markdown';
  let body = (markdown ? noteToMarkdown : noteToText)(note.content, meta);
  for (const a of note.addenda) {
    body += markdown
      ? `\n\n**Addendum (${a.createdAt})**\n\n${a.text}`
      : `\n\nADDENDUM (${a.createdAt})\n${a.text}`;
  }
  const coded = await afterSigningLines(tx, note);
  if (coded.length > 0)
    body += markdown
      ? `\n\n**Coded after signing**\n\n${coded.map((l) => `- ${l}`).join('\n')}`
      : `\n\nCODED AFTER SIGNING\n${coded.join('\n')}`;
  return {
    body,
    contentType: markdown ? 'text/markdown; charset=utf-8' : 'text/plain; charset=utf-8',
  };
}
