import type { NoteSection, NoteSentence } from '../../../shared/clinical/note.js';

/** Splits edited text into sentences: at line breaks and after . ! ? followed by a space. */
export function splitEditedText(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=\S)/))
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The section as the clinician edits it: sentences run on, a problem heading on a line of its own
 * with its sentences on the next, so an edit keeps headings (and their evidence) apart.
 */
export const sectionText = (section: NoteSection) =>
  section.sentences
    .map((s, i) => {
      if (s.heading) return `${i > 0 ? '\n' : ''}${s.text}\n`;
      return `${s.text}${section.sentences[i + 1]?.heading ? '' : ' '}`;
    })
    .join('')
    .trim();

/**
 * Applies a clinician's edit of a whole section. Sentences left exactly as they were keep their
 * evidence and support; new or changed sentences become `edited` (a person is their source), so
 * the note never claims transcript support for words the transcript does not contain.
 */
export function applySectionEdit(
  section: NoteSection,
  editedText: string,
  newId: (index: number) => string = (i) => `${section.id}-e${Date.now().toString(36)}-${i}`,
): NoteSection {
  const unused = [...section.sentences];
  const sentences: NoteSentence[] = splitEditedText(editedText).map((text, i) => {
    const match = unused.findIndex((s) => s.text.trim() === text);
    if (match >= 0) return unused.splice(match, 1)[0]!;
    return { id: newId(i), text, evidence: [], support: 'edited' };
  });
  return { ...section, sentences };
}
