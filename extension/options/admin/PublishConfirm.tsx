import type { TemplateBody } from '../../../shared/clinical/template.js';
import { templateDiff } from './template-diff.js';

interface Props {
  version: number;
  published: TemplateBody | undefined;
  next: TemplateBody | undefined;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** Publishing changes every clinician's next note: show what changes, and ask once. */
export function PublishConfirm({ version, published, next, busy, onConfirm, onCancel }: Props) {
  const changes = next ? templateDiff(published, next) : [];
  return (
    <div
      className="alert info stack"
      role="dialog"
      aria-labelledby="publish-title"
      data-testid="publish-confirm"
    >
      <strong id="publish-title">Publish version {version}? Clinicians' next notes use it.</strong>
      {changes.length === 0 ? (
        <span>Nothing differs from the published version.</span>
      ) : (
        <ul className="diff" data-testid="publish-diff">
          {changes.map((c) => (
            <li key={c.text} data-kind={c.kind}>
              {c.text}
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <button type="button" className="primary" onClick={onConfirm} disabled={busy}>
          {busy ? 'Publishing…' : `Publish version ${version}`}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
