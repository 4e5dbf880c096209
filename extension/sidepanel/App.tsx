import { useState } from 'react';
import { browser } from 'wxt/browser';
import { useScribe } from '../lib/hooks/use-scribe.js';
import { TabList, tabPanelProps } from '../ui/TabList.js';
import { FileTranscribe } from './file/FileTranscribe.js';
import { UnreadableDataNotice } from './notices/UnreadableDataNotice.js';
import { RecordTab } from './record/RecordTab.js';
import { NoteReview } from './review/NoteReview.js';
import { ReviewQueue } from './review/ReviewQueue.js';

type Tab = 'record' | 'review' | 'file';

/** The clinician's and staff member's side panel: record, review and sign, insert into the EHR. */
export function App() {
  const scribe = useScribe();
  const [tab, setTab] = useState<Tab>('record');
  const [openNoteId, setOpenNoteId] = useState<string | null>(null);
  const { session, api } = scribe;
  const isClinician = session?.user.role === 'clinician';

  if (!scribe.loaded) return <main className="app" aria-busy="true" />;
  if (!session || !api) {
    return (
      <main className="app">
        <Header />
        <div className="card stack">
          <h2>Sign in to Scribe</h2>
          <p>Connect to your organisation's Scribe server and sign in from the settings page.</p>
          <button type="button" className="primary" onClick={() => browser.runtime.openOptionsPage()}>
            Open settings
          </button>
        </div>
      </main>
    );
  }
  const tabs: Array<[Tab, string]> = [
    ...(isClinician ? ([['record', 'Record']] as Array<[Tab, string]>) : []),
    ['review', 'Review queue'],
    ...(isClinician ? ([['file', 'Dictation file']] as Array<[Tab, string]>) : []),
  ];
  const current = isClinician ? tab : 'review';
  return (
    <main className="app">
      <Header user={`${session.user.displayName} · ${session.user.role}`} />
      <UnreadableDataNotice />
      {openNoteId ? (
        <NoteReview api={api} session={session} noteId={openNoteId} onClose={() => setOpenNoteId(null)} />
      ) : (
        <>
          <TabList<Tab>
            label="Scribe sections"
            idPrefix="panel"
            tabs={tabs}
            current={current}
            onChange={setTab}
          />
          <div {...tabPanelProps('panel', current)}>
            {current === 'record' && <RecordTab scribe={scribe} api={api} onOpenNote={setOpenNoteId} />}
            {current === 'review' && <ReviewQueue api={api} onOpen={setOpenNoteId} />}
            {current === 'file' && <FileTranscribe scribe={scribe} api={api} onOpenNote={setOpenNoteId} />}
          </div>
        </>
      )}
    </main>
  );
}

function Header({ user }: { user?: string }) {
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          S
        </span>
        <h1>Scribe</h1>
      </div>
      <div className="row">
        {user && <span className="user-chip">{user}</span>}
        <button type="button" className="link" onClick={() => browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </div>
    </header>
  );
}
