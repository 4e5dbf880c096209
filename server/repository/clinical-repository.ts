import type { EhrInsertMode } from '../../shared/api/ehr-insert.js';
import type {
  CorrectSpeakerRequest,
  CreateEncounterRequest,
  PatientInput,
  UpdatePatientRequest,
} from '../../shared/api/encounters.js';
import type { Encounter, Patient } from '../../shared/api/encounters.responses.js';
import type { DraftRequest } from '../../shared/api/notes.js';
import type { DraftResponse, Note } from '../../shared/api/notes.responses.js';
import type { CodeStatus } from '../../shared/clinical/codes.js';
import type { NoteContent } from '../../shared/clinical/note.js';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';
import { AppError } from '../../shared/errors.js';
import type { Drafter } from '../app-env.js';
import { correctSpeaker, listTranscriptLines } from '../encounters/segment-roles.service.js';
import { appendSegments, isValidBatch, listSegments } from '../encounters/segments.service.js';
import {
  appendSegmentsInOneStatement,
  rememberEncounterPatient,
} from '../encounters/segments-in-one-statement.js';
import { assertTranscriptDraftable, assertTranscriptFits } from '../encounters/transcript-limit.js';
import type { IdempotencyRequest } from '../http/idempotency.js';
import { ehrTextFor, recordInsert, recordInsertOverride } from '../notes/ehr-insert.service.js';
import { exportNote } from '../notes/note-export.js';
import {
  addAddendum,
  createNote,
  decideCode,
  emptyContentFor,
  getVersion,
  listVersions,
  parseIfMatch,
  readNote,
  saveVersion,
  signNote,
} from '../notes/notes.service.js';
import { resolvePublishedTemplate } from '../templates/templates.service.js';
import { encounterFor, noteFor, noteWithPartsFor } from './access.js';
import {
  hasSignedNote,
  insertEncounter,
  listEncounters,
  markCompleted,
  segmentTarget,
  toEncounterDto,
} from './encounters.repo.js';
import { notesOfEncounter, reviewQueue, storeDraft } from './notes.repo.js';
import {
  correctPatientIdentity,
  findOrCreatePatient,
  findPatientByMrn,
  patientById,
  toPatientDto,
} from './patients.repo.js';
import { assertRedraftable, drafterPatient, noteTemplateBody, storeRedraft } from './redraft.repo.js';
import {
  type Created,
  perform,
  performCreate,
  performRead,
  type RequestIdentity,
  type Work,
} from './unit-of-work.js';

export type ExportFormat = 'text' | 'markdown' | 'fhir';
type TemplateRef = { templateId?: string | undefined; templateKey?: string | undefined };

/**
 * Every read and write of patient data, for one request's user (medplum's `Repository` is the
 * model). Each method checks access (break-glass included), audits success, and denial in its own
 * transaction, and returns the response shape of `shared/api/*.responses.ts`.
 */
export class ClinicalRepository {
  constructor(
    private readonly identity: RequestIdentity & {
      drafter: Drafter;
      /** MAX_TRANSCRIPT_CHARS: uploads and drafts past it get 413. */
      maxTranscriptChars?: number;
    },
  ) {}

  // --- patients -----------------------------------------------------------------------------------

  lookupPatients(mrn: string): Promise<{ patients: Patient[] }> {
    return perform(this.identity, { action: 'patient.lookup', entityType: 'patient' }, async (w) => {
      w.requireRole('clinician', 'staff');
      const p = await findPatientByMrn(w, mrn);
      return w.audited(
        { patients: p ? [toPatientDto(p)] : [] },
        { entityId: p?.id ?? null, patientId: p?.id ?? null },
      );
    });
  }

  /** Finds the patient by MRN or creates them; never changes an existing identity. */
  upsertPatient(input: PatientInput, idempotency?: IdempotencyRequest): Promise<Created<Patient>> {
    return performCreate(
      this.identity,
      { action: 'patient.read', entityType: 'patient' },
      idempotency,
      async (w) => {
        w.requireRole('clinician', 'staff');
        const p = await findOrCreatePatient(w, input);
        return w.audited(toPatientDto(p), { entityId: p.id, patientId: p.id });
      },
      (w, id) => this.patientIn(w, id),
    );
  }

  /** Corrects a patient's identity: staff only, audited with severity high. */
  updatePatient(id: string, patch: UpdatePatientRequest): Promise<Patient> {
    return perform(
      this.identity,
      { action: 'patient.identity_update', entityType: 'patient', entityId: id },
      async (w) => {
        w.requireRole('staff');
        const p = await correctPatientIdentity(w, id, patch);
        return w.audited(toPatientDto(p), { severity: 'high' });
      },
    );
  }

  private async patientIn(w: Work, id: string): Promise<Patient> {
    w.requireRole('clinician', 'staff');
    const p = await patientById(w, id);
    return w.audited(toPatientDto(p), { action: 'patient.read', entityId: id });
  }

  // --- encounters ---------------------------------------------------------------------------------

  createEncounter(
    body: CreateEncounterRequest,
    idempotency?: IdempotencyRequest,
  ): Promise<Created<Encounter>> {
    return performCreate(
      this.identity,
      { action: 'encounter.create', entityType: 'encounter' },
      idempotency,
      async (w) => {
        w.requireRole('clinician');
        const { encounter, existed } = await insertEncounter(w, body);
        rememberEncounterPatient(encounter.id, encounter.patient.id);
        // Created again under its own id (a sync whose key expired): a read, not a second creation.
        return w.audited(encounter, {
          entityId: encounter.id,
          ...(existed ? { action: 'encounter.read' } : {}),
        });
      },
      (w, id) => this.encounterIn(w, id),
    );
  }

  listEncounters(q: { status?: 'in_progress' | 'completed' | undefined; limit: number }) {
    return perform(this.identity, { action: 'encounter.list', entityType: 'encounter' }, async (w) => {
      w.requireRole('clinician', 'staff');
      return w.audited({ encounters: await listEncounters(w, q) });
    });
  }

  readEncounter(id: string): Promise<Encounter> {
    return performRead(
      this.identity,
      { action: 'encounter.read', entityType: 'encounter', entityId: id },
      (w) => this.encounterIn(w, id),
    );
  }

  private async encounterIn(w: Work, id: string): Promise<Encounter> {
    const { encounter, patient } = await encounterFor(w, id, 'read');
    return w.audited(toEncounterDto(encounter, patient), { action: 'encounter.read', entityId: id });
  }

  completeEncounter(id: string): Promise<Encounter> {
    return perform(
      this.identity,
      { action: 'encounter.complete', entityType: 'encounter', entityId: id },
      async (w) => {
        const { encounter, patient } = await encounterFor(w, id, 'owner');
        return w.audited(toEncounterDto(await markCompleted(w, encounter), patient));
      },
    );
  }

  /**
   * Appends transcript segments; a completed or signed encounter takes none (409 encounter_closed).
   * A new batch for the user's open encounter goes in one statement with its audit event; any other
   * (a replay, a refusal, the first upload this process sees for the encounter) in a unit of work.
   */
  async appendSegments(id: string, segments: TranscriptSegment[]) {
    // An invalid batch is refused inside the unit of work, after the access check, as before.
    const stored = isValidBatch(segments)
      ? await appendSegmentsInOneStatement(
          this.identity.db,
          {
            encounterId: id,
            user: this.identity.user,
            at: this.identity.clock(),
            requestId: this.identity.requestId,
            maxTranscriptChars: this.identity.maxTranscriptChars,
          },
          segments,
        )
      : undefined;
    if (stored) return stored;
    return perform(
      this.identity,
      { action: 'transcript.append', entityType: 'encounter', entityId: id },
      async (w) => {
        const target = await segmentTarget(
          w,
          id,
          segments.map((s) => s.seq),
        );
        // No such encounter: encounterFor answers (and audits) as for any other request.
        await encounterFor(w, id, 'owner', target?.loaded);
        if (target && this.identity.maxTranscriptChars !== undefined)
          assertTranscriptFits(target.storedChars, segments, this.identity.maxTranscriptChars);
        const result = await w.audited(
          await appendSegments(w.tx, id, segments, { closed: target?.closed ?? false }),
        );
        if (target) rememberEncounterPatient(id, target.loaded.patient.id);
        return result;
      },
    );
  }

  listSegments(id: string) {
    return perform(
      this.identity,
      { action: 'transcript.read', entityType: 'encounter', entityId: id },
      async (w) => {
        await encounterFor(w, id, 'read');
        return w.audited({ segments: await listTranscriptLines(w.tx, id) });
      },
    );
  }

  /**
   * The clinician's answer to who spoke an `unknown` line, kept apart from the recorded speaker.
   * If-Match names the line's roleVersion (428 without, 412 when stale); refused once a note of the
   * encounter is signed (409 note_signed). Returns the transcript with its guesses recomputed.
   */
  correctSpeaker(id: string, seq: number, body: CorrectSpeakerRequest, ifMatch: string | undefined) {
    return perform(
      this.identity,
      { action: 'transcript.role_correct', entityType: 'encounter', entityId: id },
      async (w) => {
        await encounterFor(w, id, 'owner');
        const expectedVersion = parseIfMatch(ifMatch);
        if (await hasSignedNote(w, id))
          throw new AppError(
            'note_signed',
            'A note of this encounter is signed; its transcript stays as signed',
          );
        const segments = await correctSpeaker(w.tx, id, {
          seq,
          role: body.role,
          expectedVersion,
          userId: w.user.id,
          now: w.now,
        });
        return w.audited({ segments });
      },
    );
  }

  // --- notes --------------------------------------------------------------------------------------

  listEncounterNotes(encounterId: string) {
    return perform(
      this.identity,
      { action: 'note.list', entityType: 'encounter', entityId: encounterId },
      async (w) => {
        await encounterFor(w, encounterId, 'read');
        return w.audited({ notes: await notesOfEncounter(w, encounterId) });
      },
    );
  }

  /** A hand-written note from a template's published version (empty sections). */
  createNote(
    encounterId: string,
    ref: TemplateRef,
    idempotency?: IdempotencyRequest,
  ): Promise<Created<Note>> {
    return performCreate(
      this.identity,
      { action: 'note.create', entityType: 'note' },
      idempotency,
      async (w) => {
        await encounterFor(w, encounterId, 'owner');
        const { version } = await resolvePublishedTemplate(w.tx, ref);
        const note = await createNote(w.tx, {
          encounterId,
          templateVersionId: version.id,
          content: emptyContentFor(version.body),
          authorId: w.user.id,
          kind: 'created',
          now: w.now,
        });
        return w.audited(await readNote(w.tx, note), { entityId: note.id });
      },
      (w, id) => this.noteIn(w, id),
    );
  }

  /**
   * Drafts a note from the transcript: read in one short transaction, draft outside any (an LLM call
   * can take a minute), store in another.
   */
  async draftNote(encounterId: string, req: DraftRequest, signal?: AbortSignal): Promise<DraftResponse> {
    // Reads only (its audit event is its one write): no transaction around it.
    const input = await performRead(
      this.identity,
      { action: 'transcript.read', entityType: 'encounter', entityId: encounterId },
      async (w) => {
        const { patient } = await encounterFor(w, encounterId, 'write');
        const segments = await listSegments(w.tx, encounterId);
        const { version } = await resolvePublishedTemplate(w.tx, req);
        return w.audited({ patient, segments, version });
      },
    );
    if (input.segments.length === 0) throw new AppError('conflict', 'This encounter has no transcript yet');
    if (this.identity.maxTranscriptChars !== undefined)
      assertTranscriptDraftable(input.segments, this.identity.maxTranscriptChars);
    const out = await this.identity.drafter.draft({
      segments: input.segments,
      template: input.version.body,
      patient: drafterPatient(input.patient),
      mode: req.mode,
      ...(signal ? { signal } : {}),
    });
    return perform(this.identity, { action: `note.draft.${out.engine}`, entityType: 'note' }, async (w) => {
      // The access check again (it may have changed while drafting), in storeDraft's one read.
      const result = await storeDraft(w, encounterId, input.version, out);
      return w.audited(result, { entityId: result.note.id });
    });
  }

  /**
   * Drafts the note again from its transcript as it stands now (speaker corrections included), with
   * the note's template version, as its next version. If-Match names the version the clinician is
   * looking at (428 without, 412 when stale); a person's edits stay in the version history.
   */
  async redraftNote(
    noteId: string,
    mode: DraftRequest['mode'],
    ifMatch: string | undefined,
    signal?: AbortSignal,
  ) {
    const input = await perform(
      this.identity,
      { action: 'transcript.read', entityType: 'note', entityId: noteId },
      async (w) => {
        const { note, encounter, patient } = await noteFor(w, noteId, 'write');
        const expectedVersion = parseIfMatch(ifMatch);
        assertRedraftable(note, expectedVersion);
        const segments = await listSegments(w.tx, encounter.id);
        const template = await noteTemplateBody(w, note);
        return w.audited(
          { patient, segments, template, expectedVersion },
          { entityType: 'encounter', entityId: encounter.id },
        );
      },
    );
    if (input.segments.length === 0) throw new AppError('conflict', 'This encounter has no transcript yet');
    if (this.identity.maxTranscriptChars !== undefined)
      assertTranscriptDraftable(input.segments, this.identity.maxTranscriptChars);
    const out = await this.identity.drafter.draft({
      segments: input.segments,
      template: input.template,
      patient: drafterPatient(input.patient),
      mode,
      ...(signal ? { signal } : {}),
    });
    return perform(
      this.identity,
      { action: `note.draft.${out.engine}`, entityType: 'note', entityId: noteId },
      async (w) => {
        const { note } = await noteFor(w, noteId, 'write');
        return w.audited(await storeRedraft(w, note, out, input.expectedVersion));
      },
    );
  }

  /**
   * The review queue: drafts awaiting review, or signed notes (`notInserted`: those with no signed
   * version inserted into the EHR yet); a clinician's own, all of them for staff.
   */
  listQueue(q: { status: 'draft' | 'signed'; notInserted: boolean; limit: number }) {
    return perform(this.identity, { action: 'note.list', entityType: 'note' }, async (w) => {
      w.requireRole('clinician', 'staff');
      return w.audited({ notes: await reviewQueue(w, q) });
    });
  }

  readNote(id: string): Promise<Note> {
    return performRead(this.identity, { action: 'note.read', entityType: 'note', entityId: id }, (w) =>
      this.noteIn(w, id),
    );
  }

  private async noteIn(w: Work, id: string): Promise<Note> {
    const { note, parts } = await noteWithPartsFor(w, id, 'read');
    const dto = await readNote(w.tx, note, parts);
    const broken = dto.integrity === 'broken';
    return w.audited(dto, {
      action: broken ? 'note.read.integrity_broken' : 'note.read',
      entityId: id,
      severity: broken ? 'high' : 'normal',
    });
  }

  /** Saves an edit as a new version if `ifMatch` names the current one (else 412, or 428 without). */
  saveVersion(id: string, content: NoteContent, ifMatch: string | undefined): Promise<Note> {
    return perform(this.identity, { action: 'note.edit', entityType: 'note', entityId: id }, async (w) => {
      const { note } = await noteFor(w, id, 'write');
      const updated = await saveVersion(w.tx, note, {
        expectedVersion: parseIfMatch(ifMatch),
        content,
        authorId: w.user.id,
        kind: 'edited',
        now: w.now,
      });
      return w.audited(await readNote(w.tx, updated));
    });
  }

  /**
   * Signs the version the signer saw: If-Match is required (428 without, 412 when the note moved on).
   * The signature keeps the patient identity as it is now.
   */
  sign(id: string, ifMatch: string | undefined): Promise<Note> {
    return perform(this.identity, { action: 'note.sign', entityType: 'note', entityId: id }, async (w) => {
      w.requireRole('clinician');
      const { note, patient } = await noteFor(w, id, 'owner');
      const signed = await signNote(w.tx, note, {
        expectedVersion: parseIfMatch(ifMatch),
        userId: w.user.id,
        now: w.now,
        identity: {
          mrn: patient.mrn,
          displayName: patient.displayName,
          birthDate: patient.birthDate,
          sex: patient.sex,
        },
      });
      return w.audited(await readNote(w.tx, signed));
    });
  }

  addAddendum(id: string, text: string): Promise<Note> {
    return perform(
      this.identity,
      { action: 'note.addendum', entityType: 'note', entityId: id },
      async (w) => {
        w.requireRole('clinician');
        const { note } = await noteFor(w, id, 'owner');
        const updated = await addAddendum(w.tx, note, { text, userId: w.user.id, now: w.now });
        return w.audited(await readNote(w.tx, updated));
      },
    );
  }

  listVersions(id: string) {
    return perform(
      this.identity,
      { action: 'note.versions', entityType: 'note', entityId: id },
      async (w) => {
        await noteFor(w, id, 'read');
        return w.audited({ versions: await listVersions(w.tx, id) });
      },
    );
  }

  readVersion(id: string, version: number) {
    return perform(
      this.identity,
      { action: 'note.version.read', entityType: 'note', entityId: id },
      async (w) => {
        await noteFor(w, id, 'read');
        return w.audited(await getVersion(w.tx, id, version));
      },
    );
  }

  /**
   * Decides a suggested code (the note's clinician or staff). After signing, the decision is stored
   * and audited as a coding decision after signing; the signed codes stay as signed.
   */
  decideCode(id: string, codeId: string, status: CodeStatus): Promise<Note> {
    return perform(
      this.identity,
      { action: `note.code.${status}`, entityType: 'note', entityId: id },
      async (w) => {
        const { note } = await noteFor(w, id, 'write');
        const where = await decideCode(w.tx, note, { codeId, status, userId: w.user.id, now: w.now });
        const dto = await readNote(w.tx, note);
        return w.audited(
          dto,
          where === 'after_signing' ? { action: `note.code_after_signing.${status}` } : {},
        );
      },
    );
  }

  /** The note as EHR text with its DRAFT/SIGNED status line, and the identity the chart must show. */
  ehrText(id: string, codes: 'accepted' | 'none') {
    return perform(
      this.identity,
      { action: 'note.export.ehr_text', entityType: 'note', entityId: id },
      async (w) => w.audited(await ehrTextFor(w.tx, await noteFor(w, id, 'read'), codes)),
    );
  }

  /** A reasoned override of the chart's patient check: stored, audited high, before the insert. */
  overrideInsertPatientCheck(id: string, body: { chartMrn: string | null; reason: string }) {
    return perform(
      this.identity,
      { action: 'note.ehr_insert.override', entityType: 'note', entityId: id },
      async (w) => {
        const found = await noteFor(w, id, 'write');
        const dto = await recordInsertOverride(w.tx, found, { ...body, userId: w.user.id, now: w.now });
        return w.audited(dto, { severity: 'high' });
      },
    );
  }

  /** Records an insert into the EHR; `wrong_patient` (denial audited high) unless the chart matched or was overridden. */
  recordEhrInsert(
    id: string,
    body: { version: number; mode: EhrInsertMode; chartMrn: string | null; overrideId: string | null },
  ) {
    return perform(
      this.identity,
      { action: 'note.ehr_insert', entityType: 'note', entityId: id },
      async (w) => {
        const found = await noteFor(w, id, 'write');
        const dto = await recordInsert(w.tx, found, { ...body, userId: w.user.id, now: w.now });
        return w.audited(
          dto,
          dto.overridden ? { action: 'note.ehr_insert.overridden', severity: 'high' } : {},
        );
      },
    );
  }

  exportNote(id: string, format: ExportFormat) {
    return perform(
      this.identity,
      { action: `note.export.${format}`, entityType: 'note', entityId: id },
      async (w) => {
        const { note, encounter, patient } = await noteFor(w, id, 'read');
        const dto = await readNote(w.tx, note);
        if (dto.integrity === 'broken')
          throw new AppError(
            'conflict',
            'This signed note failed its integrity check and cannot be exported',
          );
        return w.audited(await exportNote(w.tx, { note: dto, encounter, patient, format }));
      },
    );
  }
}
