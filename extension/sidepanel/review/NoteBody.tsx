import type { Note } from '../../../shared/api/notes.responses.js';
import type { NoteSentence } from '../../../shared/clinical/note.js';
import type { TranscriptSegment } from '../../../shared/clinical/transcript.js';
import type { NoteEdits } from '../../lib/review/use-note-edits.js';
import { nextRovingId } from '../../ui/roving-focus.js';
import { NoteSectionView } from './NoteSectionView.js';

interface Props {
  note: Note;
  edits: NoteEdits;
  selected: NoteSentence | null;
  segments: readonly TranscriptSegment[];
  acknowledged: ReadonlySet<string>;
  onSelect(sentence: NoteSentence | null): void;
  onAcknowledge(sentence: NoteSentence): void;
}

/**
 * The note text as one tab stop: arrow keys move between sentences (and show each one's evidence),
 * Enter or a click toggles it, Escape closes it. Hovering selects nothing.
 */
export function NoteBody({ note, edits, selected, segments, acknowledged, onSelect, onAcknowledge }: Props) {
  const locked = note.status === 'signed';
  const sentences = note.content.sections
    .filter((s) => edits.texts[s.id] === undefined)
    .flatMap((s) => s.sentences);
  const ids = sentences.map((s) => s.id);
  const tabStopId = selected && ids.includes(selected.id) ? selected.id : (ids[0] ?? null);

  const onKeyNav = (e: React.KeyboardEvent, current: NoteSentence) => {
    if (e.key === 'Escape') {
      onSelect(null);
      return;
    }
    const id = nextRovingId(ids, current.id, e.key);
    if (id === null) return;
    e.preventDefault();
    onSelect(sentences.find((s) => s.id === id) ?? null);
    // Focus follows the selection (the new sentence is the tab stop once rendered).
    const target = (e.currentTarget as HTMLElement)
      .closest('[data-note-body]')
      ?.querySelector<HTMLElement>(`[data-sentence-id="${CSS.escape(id)}"]`);
    target?.focus();
  };

  return (
    <section className="card" aria-label="Note" data-note-body>
      <p className="visually-hidden">Use the arrow keys to move between sentences and see their evidence.</p>
      {note.content.sections.map((s) => (
        <NoteSectionView
          key={s.id}
          section={s}
          locked={locked}
          editText={edits.texts[s.id]}
          saving={edits.saving === s.id}
          selected={selected}
          tabStopId={tabStopId}
          segments={segments}
          acknowledged={acknowledged}
          onSelect={onSelect}
          onKeyNav={onKeyNav}
          onEditStart={() => edits.start(s)}
          onEditChange={(text) => edits.change(s.id, text)}
          onEditCancel={() => edits.discard(s.id)}
          onSave={() => void edits.save(s.id)}
          onAcknowledge={onAcknowledge}
        />
      ))}
    </section>
  );
}
