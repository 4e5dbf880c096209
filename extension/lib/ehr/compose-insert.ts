import type { EhrInsertMode } from '../../../shared/api/ehr-insert.js';

/** Where the caret (or selection) is in the EHR field; null when the field never had one. */
export type Caret = { start: number; end: number } | null;

/**
 * The EHR field's new text. Append keeps what staff typed and adds the note below a blank line;
 * cursor puts it at the caret (replacing a selection), or appends when the field has no caret.
 */
export function composeInsert(current: string, text: string, mode: EhrInsertMode, caret: Caret): string {
  if (mode === 'replace') return text;
  if (mode === 'cursor' && caret) {
    const start = Math.max(0, Math.min(caret.start, current.length));
    const end = Math.max(start, Math.min(caret.end, current.length));
    return current.slice(0, start) + text + current.slice(end);
  }
  const kept = current.trimEnd();
  return kept ? `${kept}\n\n${text}` : text;
}
