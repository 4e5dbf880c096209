import { browser } from 'wxt/browser';

/** Where each admin task lives: the settings page, opened on its tab. */
const openOptions = (tab: string) =>
  void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${tab}`) });

const tasks: Array<[tab: string, title: string, what: string]> = [
  [
    'org',
    'Organisation settings',
    'Speech model, compute, default template and EHR sites for every clinician.',
  ],
  ['templates', 'Templates', 'Edit note templates, preview them on a sample consultation, publish.'],
  ['users', 'Users', 'Who can sign in, and with which role.'],
  ['audit', 'Audit log', 'Who did what, and whether the log is intact.'],
];

/**
 * The side panel for an administrator: admins do not record or sign notes, so instead of a role
 * error it offers what they can do.
 */
export function AdminHome() {
  return (
    <section className="card stack" aria-labelledby="admin-home-title" data-testid="admin-home">
      <h2 id="admin-home-title">Administration</h2>
      <p className="muted">
        Administrators manage Scribe for the clinic; recording and signing notes are for clinicians.
      </p>
      <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {tasks.map(([tab, title, what]) => (
          <li key={tab} className="row spread" style={{ alignItems: 'flex-start', flexWrap: 'nowrap' }}>
            <span>
              <strong>{title}</strong>
              <br />
              <span className="muted">{what}</span>
            </span>
            <button type="button" onClick={() => openOptions(tab)} aria-label={`Open ${title}`}>
              Open
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
