import type { Note } from '../../../shared/api/notes.responses.js';

/** What still stands between a draft and a signature. */
export type ChecklistItem =
  | { kind: 'unsaved'; sectionId: string; title: string }
  /** Not supported by the transcript, or flagged by the drafter for rewording (`reason`). */
  | { kind: 'unsupported'; sectionId: string; sentenceId: string; text: string; reason: string }
  | { kind: 'empty'; sectionId: string; title: string }
  | { kind: 'codes'; count: number };

export interface ChecklistState {
  /** Sections whose editor is open (their text is not saved). */
  unsavedSectionIds: readonly string[];
  /** Unsupported sentences the clinician read and kept as they are. */
  acknowledgedSentenceIds: ReadonlySet<string>;
  /** Assessment/Plan sections the clinician confirmed are meant to be empty. */
  confirmedEmptySectionIds: ReadonlySet<string>;
  /** Undecided codes explicitly left for the coders. */
  codesLeftForCoding: boolean;
}

export const emptyChecklistState = (): ChecklistState => ({
  unsavedSectionIds: [],
  acknowledgedSentenceIds: new Set(),
  confirmedEmptySectionIds: new Set(),
  codesLeftForCoding: false,
});

/** Sections a signed note must not leave empty without saying so. */
const mustNotBeEmpty = (s: { id: string; title: string }) => /assessment|plan/i.test(`${s.id} ${s.title}`);

/**
 * The open items of the sign-off checklist, in note order: an unsaved edit would be lost, an
 * unsupported sentence could be a hallucination, an empty Assessment/Plan could be an omission, and
 * an undecided code would stay "suggested" for good. Signing waits until this list is empty.
 */
export function openChecklistItems(
  note: Pick<Note, 'content' | 'codes'>,
  state: ChecklistState,
): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const section of note.content.sections) {
    if (state.unsavedSectionIds.includes(section.id))
      items.push({ kind: 'unsaved', sectionId: section.id, title: section.title });
    for (const s of section.sentences) {
      if ((s.support === 'unsupported' || s.review) && !state.acknowledgedSentenceIds.has(s.id))
        items.push({
          kind: 'unsupported',
          sectionId: section.id,
          sentenceId: s.id,
          text: s.text,
          reason: s.review ?? 'Not in the transcript',
        });
    }
    const empty = !section.sentences.some((s) => s.text.trim());
    if (empty && mustNotBeEmpty(section) && !state.confirmedEmptySectionIds.has(section.id))
      items.push({ kind: 'empty', sectionId: section.id, title: section.title });
  }
  const undecided = note.codes.filter((k) => k.status === 'suggested').length;
  if (undecided > 0 && !state.codesLeftForCoding) items.push({ kind: 'codes', count: undecided });
  return items;
}
