import { sql } from 'drizzle-orm';
import { json, type TestContext } from './test-app.js';

export interface NoteBody {
  id: string;
  version: number;
  status: string;
  signedAt: string;
  integrity: string;
  signedIdentity: { mrn: string; displayName: string | null } | null;
  codes: { id: string; code: string; status: string }[];
  codesAfterSigning: { codeId: string; status: string; decidedBy: string }[];
}

/** An encounter of `clinician` for the patient, with one transcript segment. */
export async function startEncounter(
  t: TestContext,
  patient: { mrn: string; displayName?: string },
  token = t.tokens.clinician,
): Promise<{ id: string; patient: { id: string } }> {
  const res = await t.call('POST', '/encounters', {
    token,
    body: { patient, consent: { attested: true, method: 'verbal' } },
  });
  if (res.status !== 201) throw new Error(`encounter not created: ${res.status}`);
  const enc = await json<{ id: string; patient: { id: string } }>(res);
  await t.call('POST', `/encounters/${enc.id}/segments`, {
    token,
    body: { segments: [{ seq: 0, startMs: 0, endMs: 900, speaker: 'patient', text: 'My knee hurts.' }] },
  });
  return enc;
}

/** Drafts a note of the encounter (echo drafter: no codes). */
export async function draftNote(t: TestContext, encounterId: string, token = t.tokens.clinician) {
  const res = await t.call('POST', `/encounters/${encounterId}/draft`, {
    token,
    body: { templateKey: 'soap' },
  });
  return (await json<{ note: NoteBody }>(res)).note;
}

/** Adds a suggested code to a draft note directly (the test drafter suggests none). */
export async function addSuggestedCode(t: TestContext, noteId: string, code = 'M25.561'): Promise<string> {
  const r = (await t.database.db.execute(sql`
    insert into note_codes (note_id, system, code, display)
    values (${noteId}, 'http://hl7.org/fhir/sid/icd-10-cm', ${code}, 'Pain in right knee')
    returning id`)) as unknown as { rows: { id: string }[] };
  return r.rows[0]!.id;
}

export const signNote = (t: TestContext, note: { id: string; version: number }, token = t.tokens.clinician) =>
  t.call('POST', `/notes/${note.id}/sign`, { token, headers: { 'if-match': `"${note.version}"` } });

export interface AuditRow {
  action: string;
  outcome: string;
  actor_id: string | null;
  entity_id: string | null;
  patient_id: string | null;
  severity: string;
}

/** Audit events of one actor, oldest first (read straight from the table). */
export async function auditOf(t: TestContext, actorId: string): Promise<AuditRow[]> {
  const r = (await t.database.db.execute(
    sql`select action, outcome, actor_id, entity_id, patient_id, severity from audit_events
        where actor_id = ${actorId} order by id`,
  )) as unknown as { rows: AuditRow[] };
  return r.rows;
}
