import type { NoteContent } from '../../shared/clinical/note.js';
import { canonicalJson, sha256Hex } from './content-hash.js';

/** The patient identity a note was signed with; the export of a signed note shows exactly this. */
export interface SignedIdentity {
  mrn: string;
  displayName: string | null;
  birthDate: string | null;
  sex: 'female' | 'male' | 'other' | 'unknown' | null;
}

/** A code as decided when the note was signed (later decisions are stored apart and not signed). */
export interface SignedCode {
  system: string;
  code: string;
  display: string;
  status: 'suggested' | 'accepted' | 'rejected';
}

export interface SignedNote {
  noteId: string;
  version: number;
  content: NoteContent;
  signedBy: string;
  signedAt: Date;
  identity: SignedIdentity;
  codes: readonly SignedCode[];
}

/** The codes in the order of their canonical JSON (each written once, not once per comparison). */
const sortedCodes = (codes: readonly SignedCode[]) =>
  codes
    .map((k) => {
      const code = { system: k.system, code: k.code, display: k.display, status: k.status };
      return { code, key: canonicalJson(code) };
    })
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((k) => k.code);

/**
 * Everything a signature covers, in one canonical object: the note, the signed version's content,
 * signer and time, the patient identity and the codes as decided at signing. The one definition
 * both signing and every verification use.
 */
export const signedContent = (s: SignedNote) => ({
  noteId: s.noteId,
  version: s.version,
  content: s.content,
  signedBy: s.signedBy,
  signedAt: s.signedAt.toISOString(),
  identity: {
    mrn: s.identity.mrn,
    displayName: s.identity.displayName,
    birthDate: s.identity.birthDate,
    sex: s.identity.sex,
  },
  codes: sortedCodes(s.codes),
});

export const signedNoteHash = (s: SignedNote): string => sha256Hex(canonicalJson(signedContent(s)));

/**
 * The hash of notes signed before the signature kept the identity and codes (`signed_identity` is
 * null on them): still verifiable, so an upgrade does not turn every earlier signed note "broken".
 */
export const legacySignedNoteHash = (s: Omit<SignedNote, 'identity' | 'codes'>): string =>
  sha256Hex(
    canonicalJson({
      noteId: s.noteId,
      version: s.version,
      content: s.content,
      signedBy: s.signedBy,
      signedAt: s.signedAt.toISOString(),
    }),
  );

/** The hash an addendum is stored with and verified against. */
export const addendumHash = (a: { noteId: string; authorId: string; createdAt: Date; text: string }) =>
  sha256Hex(`${a.noteId}\n${a.authorId}\n${a.createdAt.toISOString()}\n${a.text}`);

/**
 * The addenda chain: each addendum's hash linked to the head before it, starting from the signed
 * hash. The note keeps the head, so a deleted addendum — the last one too — breaks the match.
 */
export const addendaHead = (signedHash: string, addendumHashes: readonly string[]): string =>
  addendumHashes.reduce((head, hash) => sha256Hex(`${head}\n${hash}`), signedHash);
