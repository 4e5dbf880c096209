import { isDeepStrictEqual } from 'node:util';
import { and, asc, eq, type SQLWrapper, sql } from 'drizzle-orm';
import type { Note } from '../../shared/api/notes.responses.js';
import type { CodeStatus, CodeSuggestion } from '../../shared/clinical/codes.js';
import type { Evidence } from '../../shared/clinical/evidence.js';
import type { NoteContent } from '../../shared/clinical/note.js';
import type { TemplateBody } from '../../shared/clinical/template.js';
import { AppError } from '../../shared/errors.js';
import { builtQuery } from '../db/built-query.js';
import type { Executor } from '../db/client.js';
import { noteAddenda, noteCodeDecisions, noteCodes, notes, noteVersions } from '../db/schema/index.js';
import { parseTimestamptz } from '../db/schema/timestamptz.js';
import {
  addendaHead,
  addendumHash,
  legacySignedNoteHash,
  type SignedIdentity,
  signedNoteHash,
} from './signed-content.js';

type NoteRow = typeof notes.$inferSelect;
type CodeRow = typeof noteCodes.$inferSelect;
type AddendumRow = typeof noteAddenda.$inferSelect;

export const emptyContentFor = (body: TemplateBody): NoteContent => ({
  drafter: 'manual',
  warnings: [],
  sections: body.sections.map((s) => ({ id: s.id, title: s.title, sentences: [] })),
});

export async function createNote(
  tx: Executor,
  input: {
    encounterId: string;
    templateVersionId: string;
    content: NoteContent;
    authorId: string;
    kind: 'created' | 'drafted';
    now: Date;
  },
) {
  const [note] = await tx
    .insert(notes)
    .values({
      encounterId: input.encounterId,
      templateVersionId: input.templateVersionId,
      currentVersion: 1,
      createdAt: input.now,
      updatedAt: input.now,
    })
    .returning();
  await tx.insert(noteVersions).values({
    noteId: note!.id,
    version: 1,
    kind: input.kind,
    content: input.content,
    authorId: input.authorId,
    createdAt: input.now,
  });
  return note!;
}

async function versionRow(tx: Executor, noteId: string, version: number) {
  const [v] = await tx
    .select()
    .from(noteVersions)
    .where(and(eq(noteVersions.noteId, noteId), eq(noteVersions.version, version)))
    .limit(1);
  if (!v) throw new AppError('internal', 'A note version is missing');
  return v;
}

const codesOf = (tx: Executor, noteId: string) =>
  tx
    .select()
    .from(noteCodes)
    .where(eq(noteCodes.noteId, noteId))
    .orderBy(asc(noteCodes.createdAt), asc(noteCodes.code));

/** Whether a signed note still matches its signature: content, identity, codes and addenda. */
function integrityOf(
  note: NoteRow,
  content: NoteContent,
  codes: CodeRow[],
  addenda: AddendumRow[],
): 'unsigned' | 'valid' | 'broken' {
  if (note.status !== 'signed') return 'unsigned';
  if (!note.signedBy || !note.signedAt) return 'broken';
  const signed = {
    noteId: note.id,
    version: note.currentVersion,
    content,
    signedBy: note.signedBy,
    signedAt: note.signedAt,
  };
  const expected = note.signedIdentity
    ? signedNoteHash({ ...signed, identity: note.signedIdentity, codes })
    : legacySignedNoteHash(signed);
  const addendaOk =
    addenda.every((a) => a.contentHash === addendumHash(a)) &&
    // Without a head (addenda from before the chain, or none) there is no chain to check.
    (note.addendaHead === null ||
      addendaHead(
        note.contentHash ?? '',
        addenda.map((a) => a.contentHash),
      ) === note.addendaHead);
  return expected === note.contentHash && addendaOk ? 'valid' : 'broken';
}

type DecisionRow = typeof noteCodeDecisions.$inferSelect;

// Addenda come in chain order: those from before the chain first, then by their seq.
// Timestamps travel as PostgreSQL's text form (`::text`), read by the same parser as the columns.
const at = (text: string) => parseTimestamptz(text);
const atOrNull = (text: string | null) => (text === null ? null : parseTimestamptz(text));
const noteIdParam = sql.placeholder('noteId');
type Json<T, Dates extends keyof T> = Omit<T, Dates> & {
  [K in Dates]: T[K] extends Date ? string : string | null;
};

/**
 * The note's codes, addenda and post-signing code decisions as columns of a query on `noteId` (a
 * placeholder, or the outer query's note id), so every note response reads them in one round trip.
 */
const partsColumns = (noteId: SQLWrapper) => ({
  codes: sql<Json<CodeRow, 'createdAt' | 'decidedAt'>[]>`coalesce((
        select json_agg(json_build_object('id', c.id, 'noteId', c.note_id, 'system', c.system,
          'code', c.code, 'display', c.display, 'rationale', c.rationale, 'score', c.score,
          'status', c.status, 'evidence', c.evidence, 'decidedBy', c.decided_by,
          'decidedAt', c.decided_at::text, 'createdAt', c.created_at::text) order by c.created_at, c.code)
        from ${noteCodes} c where c.note_id = ${noteId}), '[]'::json)`,
  addenda: sql<Json<AddendumRow, 'createdAt'>[]>`coalesce((
        select json_agg(json_build_object('id', a.id, 'noteId', a.note_id, 'authorId', a.author_id,
          'text', a.text, 'contentHash', a.content_hash, 'seq', a.seq, 'createdAt', a.created_at::text)
          order by a.seq asc nulls first, a.created_at, a.id)
        from ${noteAddenda} a where a.note_id = ${noteId}), '[]'::json)`,
  decisions: sql<Json<DecisionRow, 'decidedAt'>[]>`coalesce((
        select json_agg(json_build_object('id', d.id, 'noteId', d.note_id, 'codeId', d.code_id,
          'status', d.status, 'decidedBy', d.decided_by, 'decidedAt', d.decided_at::text) order by d.decided_at)
        from ${noteCodeDecisions} d where d.note_id = ${noteId}), '[]'::json)`,
});

/** The current version's content with the note's codes, addenda and post-signing code decisions. */
const notePartsQuery = builtQuery(
  (db) =>
    db
      .select({ content: noteVersions.content, ...partsColumns(noteIdParam) })
      .from(noteVersions)
      .where(and(eq(noteVersions.noteId, noteIdParam), eq(noteVersions.version, sql.placeholder('version'))))
      .limit(1),
  'scribe_note_parts',
);

/** What a note response is made of besides the note row, as `noteParts` returns it. */
export type NoteParts = Awaited<ReturnType<typeof noteParts>>;
interface StoredParts {
  content: NoteContent | null;
  codes: Json<CodeRow, 'createdAt' | 'decidedAt'>[];
  addenda: Json<AddendumRow, 'createdAt'>[];
  decisions: Json<DecisionRow, 'decidedAt'>[];
}

/** The columns a query on `notes` adds to read the note's parts with it (null content: version missing). */
export const notePartsOfRow = () => ({
  content: sql<NoteContent | null>`(select v.content from ${noteVersions} v
        where v.note_id = ${notes.id} and v.version = ${notes.currentVersion})`,
  ...partsColumns(notes.id),
});

/**
 * The codes of the note with id `noteId` (a column of the outer query) as a JSON column, in the order
 * a note read gives them; `toCodeRows` reads them back.
 */
export const noteCodesColumn = (noteId: SQLWrapper) => partsColumns(noteId).codes;

/** The codes read by `noteCodesColumn`, as rows. */
export const toCodeRows = (codes: StoredParts['codes']): CodeRow[] =>
  codes.map((k): CodeRow => ({ ...k, createdAt: at(k.createdAt), decidedAt: atOrNull(k.decidedAt) }));

/** The parts read by `notePartsOfRow`, as `readNote` takes them. */
export function toNoteParts(row: StoredParts) {
  if (!row.content) throw new AppError('internal', 'A note version is missing');
  return {
    content: row.content,
    codes: toCodeRows(row.codes),
    addenda: row.addenda.map((a): AddendumRow => ({ ...a, createdAt: at(a.createdAt) })),
    afterSigning: row.decisions.map((d): DecisionRow => ({ ...d, decidedAt: at(d.decidedAt) })),
  };
}

async function noteParts(tx: Executor, note: NoteRow) {
  const [row] = await notePartsQuery(tx, { noteId: note.id, version: note.currentVersion });
  return toNoteParts(row ?? { content: null, codes: [], addenda: [], decisions: [] });
}

/** A note's addenda in chain order: those from before the chain first, then by their seq. */
const addendaOf = (tx: Executor, noteId: string): Promise<AddendumRow[]> =>
  tx
    .select()
    .from(noteAddenda)
    .where(eq(noteAddenda.noteId, noteId))
    .orderBy(sql`${noteAddenda.seq} asc nulls first`, asc(noteAddenda.createdAt), asc(noteAddenda.id));

/**
 * The full note as the API returns it; a signed note's hash is re-verified on every read. `parts`:
 * read with the note already (`notePartsOfRow`), else read here.
 */
export async function readNote(tx: Executor, note: NoteRow, parts?: NoteParts): Promise<Note> {
  return noteDto(note, parts ?? (await noteParts(tx, note)));
}

/** The note response of a note row and its parts. */
function noteDto(note: NoteRow, { content, codes, addenda, afterSigning }: NoteParts): Note {
  return {
    id: note.id,
    encounterId: note.encounterId,
    templateVersionId: note.templateVersionId,
    status: note.status,
    version: note.currentVersion,
    content,
    signedAt: note.signedAt?.toISOString() ?? null,
    signedBy: note.signedBy,
    contentHash: note.contentHash,
    signedIdentity: note.signedIdentity ?? null,
    integrity: integrityOf(note, content, codes, addenda),
    codes: codes.map((k) => ({
      id: k.id,
      system: k.system,
      code: k.code,
      display: k.display,
      rationale: k.rationale,
      score: k.score,
      status: k.status,
      evidence: k.evidence,
    })),
    codesAfterSigning: afterSigning.map((d) => ({
      id: d.id,
      codeId: d.codeId,
      status: d.status,
      decidedBy: d.decidedBy,
      decidedAt: d.decidedAt.toISOString(),
    })),
    addenda: addenda.map((a) => ({
      id: a.id,
      authorId: a.authorId,
      text: a.text,
      createdAt: a.createdAt.toISOString(),
    })),
    updatedAt: note.updatedAt.toISOString(),
  };
}

/** Parses `If-Match: "3"` (or W/"3", or 3). */
export function parseIfMatch(header: string | undefined): number {
  if (!header)
    throw new AppError(
      'precondition_required',
      'Send If-Match with the version you edited (the ETag you read)',
    );
  const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!m?.[1]) throw new AppError('validation_failed', 'If-Match must be the note version ETag, e.g. "3"');
  return Number(m[1]);
}

/** Saves a new version if `expectedVersion` is still current; otherwise 412 and nothing changes. */
export async function saveVersion(
  tx: Executor,
  note: Pick<NoteRow, 'id' | 'status' | 'currentVersion'>,
  input: {
    expectedVersion: number;
    content: NoteContent;
    authorId: string;
    kind: 'edited' | 'drafted';
    now: Date;
  },
) {
  if (note.status === 'signed')
    throw new AppError('note_signed', 'This note is signed; add an addendum instead');
  if (note.currentVersion !== input.expectedVersion) {
    throw new AppError(
      'precondition_failed',
      'The note changed since you opened it; reload to see the newer version',
      {
        details: { currentVersion: note.currentVersion },
      },
    );
  }
  const next = note.currentVersion + 1;
  // The WHERE on current_version makes the check-and-bump atomic against a concurrent save.
  const [updated] = await tx
    .update(notes)
    .set({ currentVersion: next, updatedAt: input.now })
    .where(
      and(eq(notes.id, note.id), eq(notes.currentVersion, input.expectedVersion), eq(notes.status, 'draft')),
    )
    .returning();
  if (!updated)
    throw new AppError(
      'precondition_failed',
      'The note changed since you opened it; reload to see the newer version',
    );
  await tx.insert(noteVersions).values({
    noteId: note.id,
    version: next,
    kind: input.kind,
    content: input.content,
    authorId: input.authorId,
    createdAt: input.now,
  });
  return updated;
}

/**
 * Signs the version the signer reviewed (`expectedVersion`, from If-Match): the hash covers its
 * content, the patient identity now on record (kept with the signature) and the codes as decided.
 */
export async function signNote(
  tx: Executor,
  note: NoteRow,
  input: { expectedVersion: number; userId: string; now: Date; identity: SignedIdentity },
) {
  if (note.status === 'signed') throw new AppError('note_signed', 'This note is already signed');
  if (input.expectedVersion !== note.currentVersion) {
    throw new AppError(
      'precondition_failed',
      'The note changed since you reviewed it; review the newer version before signing',
      {
        details: { currentVersion: note.currentVersion },
      },
    );
  }
  const current = await versionRow(tx, note.id, note.currentVersion);
  const contentHash = signedNoteHash({
    noteId: note.id,
    version: note.currentVersion,
    content: current.content,
    signedBy: input.userId,
    signedAt: input.now,
    identity: input.identity,
    codes: await codesOf(tx, note.id),
  });
  const [signed] = await tx
    .update(notes)
    .set({
      status: 'signed',
      signedAt: input.now,
      signedBy: input.userId,
      signedIdentity: input.identity,
      contentHash,
      updatedAt: input.now,
    })
    .where(
      and(eq(notes.id, note.id), eq(notes.status, 'draft'), eq(notes.currentVersion, note.currentVersion)),
    )
    .returning();
  if (!signed) throw new AppError('precondition_failed', 'The note changed while signing; review it again');
  return signed;
}

/**
 * Adds an addendum to a signed note and moves the note's addenda head on. The note row is locked
 * first, so concurrent addenda chain one after the other. The head extends the stored one (never one
 * recomputed from the rows, which would absorb an addendum deleted meanwhile); a note whose addenda
 * predate the chain starts its chain from the ones it has. Returns the updated note.
 */
export async function addAddendum(
  tx: Executor,
  note: NoteRow,
  input: { text: string; userId: string; now: Date },
): Promise<NoteRow> {
  if (note.status !== 'signed' || !note.contentHash)
    throw new AppError('conflict', 'Addenda are for signed notes; edit the draft instead');
  const [locked] = await tx.select().from(notes).where(eq(notes.id, note.id)).for('update');
  if (!locked) throw new AppError('not_found', 'No such note');
  const existing = await addendaOf(tx, note.id);
  const previousHead =
    locked.addendaHead ??
    addendaHead(
      note.contentHash,
      existing.map((a) => a.contentHash),
    );
  const contentHash = addendumHash({
    noteId: note.id,
    authorId: input.userId,
    createdAt: input.now,
    text: input.text,
  });
  const seq = Math.max(0, ...existing.map((a) => a.seq ?? 0)) + 1;
  await tx.insert(noteAddenda).values({
    noteId: note.id,
    authorId: input.userId,
    text: input.text,
    contentHash,
    seq,
    createdAt: input.now,
  });
  const [updated] = await tx
    .update(notes)
    .set({ addendaHead: addendaHead(previousHead, [contentHash]) })
    .where(eq(notes.id, note.id))
    .returning();
  return updated!;
}

/**
 * Decides a code. On a draft the decision is the note's own; on a signed note the signed codes stay
 * as signed and the decision is stored apart, as a coding decision after signing.
 */
export async function decideCode(
  tx: Executor,
  note: NoteRow,
  input: { codeId: string; status: CodeStatus; userId: string; now: Date },
): Promise<'on_note' | 'after_signing'> {
  const [code] = await tx
    .select({ id: noteCodes.id })
    .from(noteCodes)
    .where(and(eq(noteCodes.id, input.codeId), eq(noteCodes.noteId, note.id)))
    .limit(1);
  if (!code) throw new AppError('not_found', 'No such code suggestion');
  if (note.status === 'signed') {
    await tx.insert(noteCodeDecisions).values({
      noteId: note.id,
      codeId: code.id,
      status: input.status,
      decidedBy: input.userId,
      decidedAt: input.now,
    });
    return 'after_signing';
  }
  await tx
    .update(noteCodes)
    .set({ status: input.status, decidedBy: input.userId, decidedAt: input.now })
    .where(eq(noteCodes.id, code.id));
  return 'on_note';
}

/**
 * Replaces pending suggestions with new ones; accepted and rejected decisions are kept. Returns the
 * note's codes as they now stand, in `codesOf` order (decided ones first, then the fresh ones by
 * code), from what the statements returned: the caller answers with them without reading them back.
 */
export async function replaceSuggestions(
  tx: Executor,
  noteId: string,
  suggestions: CodeSuggestion[],
  /** The note's codes as this transaction read them before the draft was stored, when it did. */
  current?: readonly CodeRow[],
): Promise<CodeRow[]> {
  // A draft again of an unchanged visit suggests what is pending already: the rows stay as they are
  // (deleting and inserting them again left dead rows behind, which PGlite never vacuums).
  const kept = current && unchangedSuggestions(current, suggestions);
  if (kept) return kept;
  // Removes the pending suggestions and reads the decided codes in one statement (the select sees
  // the rows as they were before the delete, and only decided ones, which the delete keeps).
  const decided = (
    (await tx.execute(sql`
      with pending as (
        delete from ${noteCodes} where ${noteCodes.noteId} = ${noteId} and ${noteCodes.status} = 'suggested'
      )
      select id, note_id as "noteId", system, code, display, rationale, score, status, evidence,
        decided_by as "decidedBy", decided_at::text as "decidedAt", created_at::text as "createdAt"
      from ${noteCodes} where ${noteCodes.noteId} = ${noteId} and ${noteCodes.status} <> 'suggested'
      order by created_at, code`)) as unknown as { rows: Json<CodeRow, 'createdAt' | 'decidedAt'>[] }
  ).rows.map(
    (k): CodeRow => ({
      ...k,
      score: Number(k.score),
      createdAt: at(k.createdAt),
      decidedAt: atOrNull(k.decidedAt),
    }),
  );
  const taken = new Set(decided.map((k) => `${k.system}|${k.code}`));
  const fresh = suggestions.filter((s) => !taken.has(`${s.system}|${s.code}`));
  if (fresh.length === 0) return decided;
  const inserted = await tx
    .insert(noteCodes)
    .values(
      fresh.map((s) => ({
        noteId,
        system: s.system,
        code: s.code,
        display: s.display,
        rationale: s.rationale,
        score: s.score,
        evidence: s.evidence,
      })),
    )
    .returning();
  // One transaction: one created_at, after the decided codes'; then by code, as codesOf orders them.
  inserted.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return [...decided, ...inserted];
}

/**
 * A draft note as the API returns it, from what the caller just wrote (`content`, and `codes` as
 * replaceSuggestions returned them) instead of reading it back: a draft has no addenda and no
 * decisions after signing, and is unsigned.
 */
export function draftNoteOf(note: NoteRow, content: NoteContent, codes: CodeRow[]): Note {
  if (note.status !== 'draft') throw new AppError('internal', 'Only a draft is answered as written');
  return noteDto(note, { content, codes, addenda: [], afterSigning: [] });
}

export async function listVersions(tx: Executor, noteId: string) {
  const rows = await tx
    .select()
    .from(noteVersions)
    .where(eq(noteVersions.noteId, noteId))
    .orderBy(asc(noteVersions.version));
  return rows.map((v) => ({
    version: v.version,
    kind: v.kind,
    authorId: v.authorId,
    createdAt: v.createdAt.toISOString(),
  }));
}

export async function getVersion(tx: Executor, noteId: string, version: number) {
  const [v] = await tx
    .select()
    .from(noteVersions)
    .where(and(eq(noteVersions.noteId, noteId), eq(noteVersions.version, version)))
    .limit(1);
  if (!v) throw new AppError('not_found', 'No such version');
  return {
    version: v.version,
    kind: v.kind,
    authorId: v.authorId,
    createdAt: v.createdAt.toISOString(),
    content: v.content,
  };
}

const codeKey = (c: { system: string; code: string }) => `${c.system}|${c.code}`;

/** Evidence spans as stored: jsonb keeps no key order, and a deep strict comparison reads none. */
const sameEvidence = (a: readonly Evidence[], b: readonly Evidence[]) => isDeepStrictEqual(a, b);

/**
 * `current` itself when replacing its pending suggestions by `suggestions` would store the same
 * codes with the same words, score (as the real column keeps it) and evidence, and answer them in
 * the same order (every decided code before every pending one, as fresh inserts would come); else
 * undefined. Codes already decided are not suggested again, as in `replaceSuggestions`.
 */
export function unchangedSuggestions(
  current: readonly CodeRow[],
  suggestions: readonly CodeSuggestion[],
): CodeRow[] | undefined {
  const firstPending = current.findIndex((k) => k.status === 'suggested');
  const pending = firstPending < 0 ? [] : current.slice(firstPending);
  if (pending.some((k) => k.status !== 'suggested')) return undefined;
  const taken = new Set(current.slice(0, firstPending < 0 ? current.length : firstPending).map(codeKey));
  const fresh = suggestions.filter((s) => !taken.has(codeKey(s)));
  if (fresh.length !== pending.length) return undefined;
  const byKey = new Map(pending.map((k) => [codeKey(k), k]));
  if (byKey.size !== pending.length) return undefined;
  for (const s of fresh) {
    const k = byKey.get(codeKey(s));
    if (
      !k ||
      k.display !== s.display ||
      k.rationale !== s.rationale ||
      Math.fround(k.score) !== Math.fround(s.score) ||
      !sameEvidence(s.evidence, k.evidence)
    )
      return undefined;
    byKey.delete(codeKey(s));
  }
  return [...current];
}
