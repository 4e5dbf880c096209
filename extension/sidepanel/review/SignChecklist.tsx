import type { ChecklistItem } from '../../lib/review/sign-checklist.js';

interface Props {
  items: readonly ChecklistItem[];
  onSave(sectionId: string): void;
  onDiscard(sectionId: string): void;
  onShowSentence(sentenceId: string): void;
  onAcknowledge(sentenceId: string): void;
  onConfirmEmpty(sectionId: string): void;
  onShowCodes(): void;
  onLeaveCodes(): void;
  onClose(): void;
}

/** What to settle before signing; each line has the action that settles it. */
export function SignChecklist(p: Props) {
  return (
    <section className="checklist" aria-labelledby="checklist-title" data-testid="sign-checklist">
      <div className="row spread">
        <h2 id="checklist-title">Before you sign ({p.items.length})</h2>
        <button type="button" className="link" onClick={p.onClose}>
          Close
        </button>
      </div>
      <ul>
        {p.items.map((item) => (
          <li
            key={`${item.kind}-${'sentenceId' in item ? item.sentenceId : 'sectionId' in item ? item.sectionId : ''}`}
          >
            {item.kind === 'unsaved' && (
              <>
                <span>
                  <strong>{item.title}</strong> has unsaved changes.
                </span>
                <span className="row">
                  <button type="button" className="primary" onClick={() => p.onSave(item.sectionId)}>
                    Save {item.title}
                  </button>
                  <button type="button" onClick={() => p.onDiscard(item.sectionId)}>
                    Discard
                  </button>
                </span>
              </>
            )}
            {item.kind === 'unsupported' && (
              <>
                <span>
                  {item.reason}: <q>{item.text}</q>
                </span>
                <span className="row">
                  <button type="button" onClick={() => p.onShowSentence(item.sentenceId)}>
                    Show
                  </button>
                  <button type="button" onClick={() => p.onAcknowledge(item.sentenceId)}>
                    It is correct
                  </button>
                </span>
              </>
            )}
            {item.kind === 'empty' && (
              <>
                <span>
                  <strong>{item.title}</strong> is empty.
                </span>
                <button type="button" onClick={() => p.onConfirmEmpty(item.sectionId)}>
                  Leave {item.title} empty
                </button>
              </>
            )}
            {item.kind === 'codes' && (
              <>
                <span>
                  {item.count} suggested code{item.count === 1 ? ' is' : 's are'} not decided.
                </span>
                <span className="row">
                  <button type="button" onClick={p.onShowCodes}>
                    Decide codes
                  </button>
                  <button type="button" onClick={p.onLeaveCodes}>
                    Leave for coding
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
