import { useMemo, useState } from 'react';
import { draftOffline } from '../../../shared/clinical/offline/index.js';
import type { TemplateBody } from '../../../shared/clinical/template.js';
import { importTranscript } from '../../../shared/clinical/transcript/index.js';
import { sectionText } from '../../lib/review/edit-section.js';
import { sampleTranscript } from './sample-transcript.js';

/** Drafts a sample transcript with the edited (unpublished) template, in the page, with the offline drafter. */
export function TemplatePreview({ body, stale = false }: { body: TemplateBody; stale?: boolean }) {
  const [transcript, setTranscript] = useState(sampleTranscript);
  const preview = useMemo(() => {
    try {
      const { segments } = importTranscript(transcript);
      return { content: draftOffline(segments, body).content, error: null };
    } catch (e) {
      return { content: null, error: e instanceof Error ? e.message : 'Preview failed' };
    }
  }, [transcript, body]);
  return (
    <section className="card stack" aria-labelledby="preview-title">
      <h2 id="preview-title">Preview with a sample consultation</h2>
      {stale && (
        <p className="alert info" data-testid="preview-stale">
          Showing the last valid version of the template: fix the fields marked in red to update the preview.
        </p>
      )}
      <label>
        Sample transcript ([doctor] / [patient] lines or plain text)
        <textarea rows={6} value={transcript} onChange={(e) => setTranscript(e.target.value)} />
      </label>
      {preview.error && <div className="alert error">{preview.error}</div>}
      {preview.content && (
        <div data-testid="template-preview">
          {preview.content.sections.map((s) => (
            <div key={s.id} className="note-section">
              <h3>{s.title}</h3>
              {s.sentences.length === 0 ? (
                <p className="muted">Nothing for this section in the sample.</p>
              ) : body.style === 'bullets' ? (
                <ul>
                  {s.sentences.map((x) => (
                    <li key={x.id}>{x.text}</li>
                  ))}
                </ul>
              ) : (
                <p className="section-text">{sectionText(s)}</p>
              )}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
