import type { NoteContent } from '../../shared/clinical/note.js';

/**
 * What a reader of the draft CLI's markdown must check before using the note: each sentence the
 * drafter flagged for rewording and each sentence without transcript support, under its section.
 * The side panel shows these flags beside the sentence; plain markdown would lose them, so they are
 * listed after the note ("" when nothing is flagged).
 */
export function reviewListMarkdown(content: NoteContent): string {
  const items: string[] = [];
  for (const section of content.sections)
    for (const s of section.sentences) {
      const text = s.text.trim();
      if (!text || s.heading) continue;
      const why = [
        s.review,
        s.support === 'unsupported' ? 'No supporting words in the transcript.' : undefined,
      ]
        .filter((w): w is string => Boolean(w))
        .join(' ');
      if (why) items.push(`- ${section.title}: "${text}" (${why})`);
    }
  return items.length ? `\n## Review before signing\n\n${items.join('\n')}\n` : '';
}
