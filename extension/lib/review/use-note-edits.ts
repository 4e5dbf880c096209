import { useState } from 'react';
import type { NoteSection } from '../../../shared/clinical/note.js';
import { sectionText } from './edit-section.js';

export interface NoteEdits {
  /** Open section editors and their unsaved text, by section id. */
  texts: Readonly<Record<string, string>>;
  /** The section being saved, if any. */
  saving: string | null;
  start(section: NoteSection): void;
  change(sectionId: string, text: string): void;
  discard(sectionId: string): void;
  save(sectionId: string): Promise<boolean>;
}

/**
 * Section editors held by the review screen (not by each section), so the sign-off checklist can
 * see unsaved text and save or discard it instead of losing it silently.
 */
export function useNoteEdits(
  sectionsById: (id: string) => NoteSection | undefined,
  persist: (section: NoteSection, text: string) => Promise<boolean>,
): NoteEdits {
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState<string | null>(null);
  const without = (id: string) => (t: Record<string, string>) => {
    const { [id]: _dropped, ...rest } = t;
    return rest;
  };
  return {
    texts,
    saving,
    start: (section) => setTexts((t) => ({ ...t, [section.id]: t[section.id] ?? sectionText(section) })),
    change: (id, text) => setTexts((t) => ({ ...t, [id]: text })),
    discard: (id) => setTexts(without(id)),
    save: async (id) => {
      const section = sectionsById(id);
      const text = texts[id];
      if (!section || text === undefined) return false;
      setSaving(id);
      const ok = await persist(section, text).finally(() => setSaving(null));
      if (ok) setTexts(without(id));
      return ok;
    },
  };
}
