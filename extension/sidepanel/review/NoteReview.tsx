import { useCallback, useEffect, useRef, useState } from 'react';
import type { TranscriptLine } from '../../../shared/api/encounters.responses.js';
import type { Note } from '../../../shared/api/notes.responses.js';
import type { Evidence } from '../../../shared/clinical/evidence.js';
import type { NoteSection, NoteSentence } from '../../../shared/clinical/note.js';
import { AppError } from '../../../shared/errors.js';
import { describeError } from '../../lib/api/api-error.js';
import type { ScribeApi } from '../../lib/api/scribe-api.js';
import { useAsyncAction } from '../../lib/hooks/use-async.js';
import { applySectionEdit, sectionText } from '../../lib/review/edit-section.js';
import { emptyChecklistState, openChecklistItems } from '../../lib/review/sign-checklist.js';
import { useEhrInsert } from '../../lib/review/use-ehr-insert.js';
import { useNoteEdits } from '../../lib/review/use-note-edits.js';
import { correctionsSince, useSpeakerCorrections } from '../../lib/review/use-speaker-corrections.js';
import type { AuthSession } from '../../lib/storage/session.js';
import { loadSettings } from '../../lib/storage/settings.js';
import { CodeSuggestions } from './CodeSuggestions.js';
import { NoteBody } from './NoteBody.js';
import { PatientBanner, type PatientIdentity } from './PatientBanner.js';
import { RedraftBanner } from './RedraftBanner.js';
import { ReviewFooter } from './ReviewFooter.js';
import { SignChecklist } from './SignChecklist.js';
import { SignOff } from './SignOff.js';
import { TranscriptPane } from './TranscriptPane.js';
import { VersionHistory } from './VersionHistory.js';

interface Props {
  api: ScribeApi;
  session: AuthSession;
  noteId: string;
  onClose(): void;
}

const focusInNote = (selector: string) =>
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>(selector);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  });

/** Review of one note: who it is for, evidence-linked sentences, edits, codes, sign-off checklist, EHR insert. */
export function NoteReview({ api, session, noteId, onClose }: Props) {
  const [note, setNote] = useState<Note | null>(null);
  const [patient, setPatient] = useState<PatientIdentity | null>(null);
  const [segments, setSegments] = useState<TranscriptLine[]>([]);
  const [redraftNotice, setRedraftNotice] = useState<string[]>([]);
  const doneRef = useRef<HTMLDivElement>(null);
  // After a re-draft its button is gone: keyboard focus moves to what happened.
  useEffect(() => {
    if (redraftNotice.length > 0) doneRef.current?.focus();
  }, [redraftNotice]);
  const [selected, setSelected] = useState<NoteSentence | null>(null);
  // Evidence shown in the transcript: the selected sentence's, or a code's.
  const [evidence, setEvidence] = useState<Evidence[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [checks, setChecks] = useState(emptyChecklistState);
  const [checklistOpen, setChecklistOpen] = useState(false);
  const [hasEhrSite, setHasEhrSite] = useState(true);
  const select = (sentence: NoteSentence | null) => {
    setSelected(sentence);
    setEvidence(sentence?.evidence ?? []);
  };

  const reload = useCallback(async () => {
    try {
      const fresh = await api.getNote(noteId);
      setNote(fresh);
      setConflict(false);
      const [encounter, segs] = await Promise.all([
        api.getEncounter(fresh.encounterId),
        api.listSegments(fresh.encounterId),
      ]);
      setPatient({ ...encounter.patient, visitDate: encounter.startedAt });
      setSegments(segs);
    } catch (e) {
      setError(describeError(e));
    }
  }, [api, noteId]);
  useEffect(() => {
    void reload();
    void loadSettings().then((s) => setHasEhrSite(s.ehrSites.length > 0));
  }, [reload]);

  const persist = async (section: NoteSection, text: string): Promise<boolean> => {
    if (!note) return false;
    const content = {
      ...note.content,
      sections: note.content.sections.map((s) => (s.id === section.id ? applySectionEdit(s, text) : s)),
    };
    try {
      setNote(await api.saveNote(note.id, content, note.version));
      setError(null);
      return true;
    } catch (e) {
      // A stale version is explained, never overwritten: the clinician's text stays in the editor.
      if (e instanceof AppError && e.code === 'precondition_failed') setConflict(true);
      else setError(describeError(e));
      return false;
    }
  };
  const edits = useNoteEdits((id) => note?.content.sections.find((s) => s.id === id), persist);
  const sign = useAsyncAction(async () => {
    if (note) setNote(await api.signNote(note.id, note.version));
    setChecklistOpen(false);
  });
  const insert = useEhrInsert(api, noteId);

  const speakers = useSpeakerCorrections(api, note?.encounterId, { segments, set: setSegments }, setError);
  const redraft = useAsyncAction(async () => {
    if (!note) return;
    const result = await api.redraft(note.id, note.version);
    setNote(result.note);
    select(null);
    setChecks(emptyChecklistState());
    speakers.clear();
    setRedraftNotice([
      `Re-drafted with the corrected speakers as version ${result.note.version}.`,
      // The note's own warnings are shown above it already.
      ...result.warnings.filter((w) => !result.note.content.warnings.includes(w)),
    ]);
  });

  if (!note) {
    return (
      <div className="card">
        {error ? <div className="alert error">{error}</div> : <p className="muted">Loading note…</p>}
      </div>
    );
  }
  const locked = note.status === 'signed';
  const unsavedSectionIds = note.content.sections
    .filter((s) => edits.texts[s.id] !== undefined && edits.texts[s.id] !== sectionText(s))
    .map((s) => s.id);
  const items = openChecklistItems(note, { ...checks, unsavedSectionIds });
  const acknowledge = (id: string) =>
    setChecks((c) => ({ ...c, acknowledgedSentenceIds: new Set(c.acknowledgedSentenceIds).add(id) }));
  const canSign = session.user.role === 'clinician';
  const pendingCorrections = correctionsSince(segments, note.updatedAt, speakers.correctedSeqs);
  // Shown where the clinician corrected the lines: at the top of the transcript.
  const transcriptNotice = (
    <>
      {redraftNotice.length > 0 && (
        <div className="alert ok stack" role="status" data-testid="redraft-done" tabIndex={-1} ref={doneRef}>
          {redraftNotice.map((w) => (
            <span key={w}>{w}</span>
          ))}
        </div>
      )}
      {redraft.error && (
        <div className="alert error" role="alert">
          {redraft.error}
        </div>
      )}
      {pendingCorrections.size > 0 && !locked && (
        <RedraftBanner
          api={api}
          note={note}
          corrected={pendingCorrections.size}
          busy={redraft.busy}
          blockedBy={
            unsavedSectionIds.length > 0
              ? 'Save or discard your edit first: re-drafting starts from the saved note.'
              : null
          }
          onRedraft={() => void redraft.run()}
        />
      )}
    </>
  );
  return (
    <div data-testid="note-review" className="review">
      <button
        type="button"
        className="link"
        onClick={() =>
          // Leaving would drop the editor's text: say so instead of losing it.
          unsavedSectionIds.length > 0
            ? setError('Save or discard your unsaved edit before leaving this note.')
            : onClose()
        }
      >
        ← Back
      </button>
      <PatientBanner patient={patient} note={note} />
      {conflict && (
        <div className="alert warn" role="alert">
          Someone saved a newer version of this note while you were editing. Your change was not saved and
          nothing was overwritten; your text is still in the editor.{' '}
          <button type="button" className="link" onClick={() => void reload()}>
            Load the latest version
          </button>
          , review it, then save again if your change still applies.
        </div>
      )}
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      {note.content.warnings.map((w) => (
        <div key={w} className="alert warn">
          {w}
        </div>
      ))}
      <div className="review-split">
        <NoteBody
          note={note}
          edits={edits}
          selected={selected}
          segments={segments}
          acknowledged={checks.acknowledgedSentenceIds}
          onSelect={select}
          onAcknowledge={(s) => acknowledge(s.id)}
        />
        <TranscriptPane
          segments={segments}
          evidence={evidence}
          {...(locked || !canSign ? {} : { onCorrectSpeaker: speakers.correct })}
          notice={transcriptNotice}
        />
      </div>
      <CodeSuggestions
        api={api}
        note={note}
        onChange={setNote}
        onShowEvidence={(e) => {
          setSelected(null);
          setEvidence(e);
        }}
      />
      <SignOff api={api} session={session} note={note} onChange={setNote} />
      <VersionHistory api={api} note={note} />
      <ReviewFooter
        note={note}
        canSign={canSign}
        openItems={items.length}
        signing={sign.busy}
        signError={sign.error}
        onSign={() => {
          // One footer panel at a time: the footer must leave the note readable.
          insert.cancel();
          if (items.length > 0) setChecklistOpen(true);
          else void sign.run();
        }}
        insert={insert}
        onInsert={() => {
          setChecklistOpen(false);
          void insert.start();
        }}
        insertBlockedBy={
          !hasEhrSite
            ? 'Add the EHR site in Settings first.'
            : unsavedSectionIds.length > 0
              ? 'Save or discard your edit first: Insert uses the saved note.'
              : null
        }
      >
        {checklistOpen && !locked && items.length > 0 && (
          <SignChecklist
            items={items}
            onSave={(id) => void edits.save(id)}
            onDiscard={edits.discard}
            onShowSentence={(id) => {
              const s = note.content.sections.flatMap((x) => x.sentences).find((x) => x.id === id);
              if (s) select(s);
              focusInNote(`[data-sentence-id="${CSS.escape(id)}"]`);
            }}
            onAcknowledge={acknowledge}
            onConfirmEmpty={(id) =>
              setChecks((c) => ({
                ...c,
                confirmedEmptySectionIds: new Set(c.confirmedEmptySectionIds).add(id),
              }))
            }
            onShowCodes={() => focusInNote('#codes-title')}
            onLeaveCodes={() => setChecks((c) => ({ ...c, codesLeftForCoding: true }))}
            onClose={() => setChecklistOpen(false)}
          />
        )}
        {checklistOpen && !locked && items.length === 0 && (
          <div className="alert ok" role="status">
            Everything is checked. Sign when ready.
          </div>
        )}
      </ReviewFooter>
    </div>
  );
}
