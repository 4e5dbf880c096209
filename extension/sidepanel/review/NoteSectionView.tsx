import { useState } from 'react';
import type { NoteSection, NoteSentence } from '../../../shared/clinical/note.js';
import { sectionText } from '../../lib/review/edit-section.js';

interface Props {
  section: NoteSection;
  locked: boolean;
  activeSentenceId: string | null;
  onSelect(sentence: NoteSentence | null): void;
  onSave(section: NoteSection, editedText: string): Promise<boolean>;
}

const supportTitle: Record<NoteSentence['support'], string> = {
  supported: 'Supported by the transcript: select to see where',
  unsupported: 'Not supported by the transcript: check before signing',
  edited: 'Written or changed by a person',
};

/** One note section: sentences linked to their evidence, and inline editing. */
export function NoteSectionView({ section, locked, activeSentenceId, onSelect, onSave }: Props) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const unsupported = section.sentences.filter((s) => s.support === 'unsupported').length;
  const startEdit = () => {
    setText(sectionText(section));
    setEditing(true);
  };
  const save = async () => {
    setSaving(true);
    const ok = await onSave(section, text);
    setSaving(false);
    if (ok) setEditing(false);
  };
  return (
    <div className="note-section" data-section={section.id}>
      <div className="row spread">
        <h3>{section.title}</h3>
        <div className="row">
          {unsupported > 0 && <span className="badge warn">{unsupported} unsupported</span>}
          {!locked && !editing && (
            <button type="button" className="link" onClick={startEdit} aria-label={`Edit ${section.title}`}>
              Edit
            </button>
          )}
        </div>
      </div>
      {editing && !locked ? (
        <div className="stack">
          <textarea
            aria-label={`${section.title} text`}
            value={text}
            rows={Math.max(3, Math.ceil(text.length / 60))}
            onChange={(e) => setText(e.target.value)}
          />
          <div className="row">
            <button type="button" className="primary" onClick={save} disabled={saving}>
              {saving ? 'Saving…' : 'Save section'}
            </button>
            <button type="button" onClick={() => setEditing(false)} disabled={saving}>
              Cancel
            </button>
          </div>
        </div>
      ) : section.sentences.length === 0 ? (
        <p className="muted">Nothing documented.</p>
      ) : (
        <p>
          {section.sentences.map((s) => (
            <span key={s.id}>
              <button
                type="button"
                className={`sentence ${s.support}${activeSentenceId === s.id ? ' active' : ''}`}
                title={supportTitle[s.support]}
                data-support={s.support}
                aria-pressed={activeSentenceId === s.id}
                onMouseEnter={() => onSelect(s)}
                onFocus={() => onSelect(s)}
                onClick={() => onSelect(s)}
              >
                {s.text}
              </button>{' '}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
