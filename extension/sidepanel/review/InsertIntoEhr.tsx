import { useState } from 'react';
import type { Note } from '../../../shared/api/notes.responses.js';
import { noteToText } from '../../../shared/clinical/export/text.js';
import { askEhrTab, findEhrTab } from '../../lib/ehr/ehr-tab.js';

type Preview = { tabId: number; current: string; text: string };

/** Fills the EHR's note field (text only) after showing what will be replaced. */
export function InsertIntoEhr({ note }: { note: Note }) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const prepare = async () => {
    setMessage(null);
    const tab = await findEhrTab().catch(() => undefined);
    if (!tab)
      return setMessage({ kind: 'error', text: 'Open the patient chart in a configured EHR tab first.' });
    const answer = await askEhrTab(tab.id, { type: 'ehr.preview-insert' }).catch(() => undefined);
    if (answer?.type !== 'preview' || !answer.found) {
      return setMessage({
        kind: 'error',
        text: 'The EHR note field was not found. Check the EHR site settings.',
      });
    }
    setPreview({ tabId: tab.id, current: answer.current, text: noteToText(note.content) });
  };

  const confirm = async () => {
    if (!preview) return;
    const answer = await askEhrTab(preview.tabId, {
      type: 'ehr.insert',
      text: preview.text,
      expectedCurrent: preview.current,
    }).catch(() => undefined);
    setPreview(null);
    if (answer?.type === 'inserted' && answer.ok)
      setMessage({ kind: 'ok', text: 'Inserted into the EHR note field.' });
    else
      setMessage({
        kind: 'error',
        text: answer?.type === 'inserted' && answer.reason ? answer.reason : 'Insert failed.',
      });
  };

  return (
    <section className="card stack" aria-labelledby="ehr-title">
      <h2 id="ehr-title">Insert into EHR</h2>
      {!preview && (
        <button type="button" onClick={() => void prepare()}>
          Insert into EHR…
        </button>
      )}
      {preview && (
        <div className="stack">
          <p>
            {preview.current.trim()
              ? 'The EHR field already has text. It will be replaced:'
              : 'The EHR field is empty. This text will be inserted:'}
          </p>
          <div className="diff">
            <div>
              <h3>Now in the EHR</h3>
              <pre data-testid="ehr-current">{preview.current || '(empty)'}</pre>
            </div>
            <div>
              <h3>Will be inserted</h3>
              <pre>{preview.text}</pre>
            </div>
          </div>
          <div className="row">
            <button type="button" className="primary" onClick={() => void confirm()}>
              {preview.current.trim() ? 'Replace EHR text' : 'Insert'}
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {message && (
        <div className={`alert ${message.kind}`} role="status">
          {message.text}
        </div>
      )}
    </section>
  );
}
