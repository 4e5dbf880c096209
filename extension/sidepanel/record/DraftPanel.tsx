import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Template } from '../../../shared/api/templates.responses.js';
import type { ScribeApi } from '../../lib/api/scribe-api.js';
import { useAsyncAction } from '../../lib/hooks/use-async.js';
import { TemplateOptions } from '../../ui/TemplateOptions.js';
import { draftByHand } from './draft-by-hand.js';

interface Props {
  api: ScribeApi;
  encounterId: string;
  defaultTemplate: string;
  pending: number;
  hasSegments: boolean;
  onDrafted(noteId: string): void;
  onDiscard(): void;
}

/** After recording: choose a template and draft the note from the transcript on the server. */
export function DraftPanel({
  api,
  encounterId,
  defaultTemplate,
  pending,
  hasSegments,
  onDrafted,
  onDiscard,
}: Props) {
  const [templates, setTemplates] = useState<Template[]>([]);
  const [templateKey, setTemplateKey] = useState(defaultTemplate);
  const [warnings, setWarnings] = useState<string[]>([]);
  useEffect(() => {
    void api.listTemplates().then(
      (t) => setTemplates(t.filter((x) => x.published)),
      () => {},
    );
  }, [api]);

  const draft = useAsyncAction(async () => {
    const result = await draftByHand(api, encounterId, templateKey, pending);
    setWarnings(result.warnings);
    onDrafted(result.note.id);
  });

  return (
    <section className="card stack" aria-labelledby="draft-title">
      <h2 id="draft-title">Draft the note</h2>
      {pending > 0 && (
        <div className="alert warn" role="status">
          {pending} segment{pending === 1 ? '' : 's'} still waiting to reach the server. They upload
          automatically when the connection is back.{' '}
          <button
            type="button"
            className="link"
            onClick={() => browser.runtime.sendMessage({ type: 'uploads.kick' })}
          >
            Retry now
          </button>
        </div>
      )}
      <label>
        Template
        <select value={templateKey} onChange={(e) => setTemplateKey(e.target.value)}>
          {templates.length === 0 && <option value={templateKey}>{templateKey}</option>}
          <TemplateOptions templates={templates} />
        </select>
      </label>
      {draft.error && (
        <div className="alert error" role="alert">
          {draft.error}
        </div>
      )}
      {warnings.map((w) => (
        <div key={w} className="alert warn">
          {w}
        </div>
      ))}
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={draft.busy || pending > 0 || !hasSegments}
          aria-describedby="draft-why"
          onClick={() => void draft.run()}
        >
          {draft.busy ? 'Drafting…' : 'Draft note'}
        </button>
        <button type="button" onClick={onDiscard}>
          New consultation
        </button>
      </div>
      <p id="draft-why" className="muted why-disabled">
        {!hasSegments
          ? 'Nothing was transcribed yet, so there is nothing to draft.'
          : pending > 0
            ? 'Drafting waits until the whole transcript is on the server.'
            : ''}
      </p>
    </section>
  );
}
