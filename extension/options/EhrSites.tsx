import { type FormEvent, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { EhrInsertMode } from '../../shared/api/ehr-insert.js';
import type { ScribeContext } from '../lib/hooks/use-scribe.js';
import {
  type EhrSite,
  ehrSiteSchema,
  loadSettings,
  originPattern,
  updateSettings,
} from '../lib/storage/settings.js';

const empty = { origin: '', label: '', patientIdSelector: '', noteFieldSelector: '' };
type TextKey = keyof typeof empty;

const modeLabels: Record<EhrInsertMode, string> = {
  append: 'Add below the text already there',
  cursor: 'At the cursor in the field',
  replace: 'Replace the field’s text (asks first)',
};

/**
 * EHR sites where Scribe may read the patient id and fill the note field. Each origin's host
 * permission is requested on its own, when it is added (no blanket access to all sites).
 */
export function EhrSites({ scribe }: { scribe: ScribeContext }) {
  const { settings } = scribe;
  const [draft, setDraft] = useState(empty);
  const [insertMode, setInsertMode] = useState<EhrInsertMode>('append');
  const [includeCodes, setIncludeCodes] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Sites the organisation pushed arrive without Chrome's access to them: each needs one click here.
  const [allowed, setAllowed] = useState<Record<string, boolean>>({});
  const checkAccess = async () => {
    const entries = await Promise.all(
      settings.ehrSites.map(
        async (s) =>
          [
            s.origin,
            await browser.permissions.contains({ origins: [originPattern(s.origin)] }).catch(() => false),
          ] as const,
      ),
    );
    setAllowed(Object.fromEntries(entries));
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-checked when the list of sites changes
  useEffect(() => {
    void checkAccess();
  }, [settings.ehrSites]);
  const allow = async (site: EhrSite) => {
    // In the click's user gesture: Chrome asks about this one site.
    await browser.permissions.request({ origins: [originPattern(site.origin)] }).catch(() => false);
    await browser.runtime.sendMessage({ type: 'ehr.sync-registration' }).catch(() => {});
    await checkAccess();
  };

  const add = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    let origin: string;
    try {
      origin = new URL(draft.origin).origin;
    } catch {
      return setError('Enter the EHR address, e.g. https://ehr.example.org');
    }
    const parsed = ehrSiteSchema.safeParse({ ...draft, origin, insertMode, includeCodes });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Check the fields.');
    // Must run in the click's user gesture: Chrome shows the permission question for this origin only.
    const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
    if (!granted)
      return setError('Scribe needs permission for this site to read the patient and fill the note.');
    const { ehrSites } = await loadSettings();
    await updateSettings({ ehrSites: [...ehrSites.filter((s) => s.origin !== origin), parsed.data] });
    await browser.runtime.sendMessage({ type: 'ehr.sync-registration' });
    setDraft(empty);
    setInsertMode('append');
    setIncludeCodes(false);
  };

  const remove = async (site: EhrSite) => {
    const { ehrSites } = await loadSettings();
    await updateSettings({ ehrSites: ehrSites.filter((s) => s.origin !== site.origin) });
    await browser.permissions.remove({ origins: [originPattern(site.origin)] }).catch(() => false);
    await browser.runtime.sendMessage({ type: 'ehr.sync-registration' });
  };

  const field = (key: TextKey, label: string, placeholder: string) => (
    <label>
      {label}
      <input
        value={draft[key]}
        placeholder={placeholder}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        required={key !== 'label'}
      />
    </label>
  );

  return (
    <>
      <section className="card stack" aria-labelledby="sites-title">
        <h2 id="sites-title">EHR sites</h2>
        {settings.ehrSites.length === 0 ? (
          <p className="muted">No EHR site yet.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Site</th>
                <th>Patient id selector</th>
                <th>Note field selector</th>
                <th>Insert</th>
                <th>
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {settings.ehrSites.map((s) => (
                <tr key={s.origin}>
                  <td>
                    {s.label || s.origin}
                    <br />
                    <span className="muted mono">{s.origin}</span>
                  </td>
                  <td className="mono">{s.patientIdSelector || '—'}</td>
                  <td className="mono">{s.noteFieldSelector}</td>
                  <td>
                    {modeLabels[s.insertMode]}
                    {s.includeCodes ? ', with accepted codes' : ''}
                  </td>
                  <td>
                    {allowed[s.origin] === false && (
                      <button type="button" onClick={() => void allow(s)} data-testid="allow-site">
                        Allow access
                      </button>
                    )}
                    <button type="button" className="danger" onClick={() => void remove(s)}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <form className="card stack" onSubmit={(e) => void add(e)} aria-labelledby="add-site-title">
        <h2 id="add-site-title">Add an EHR site</h2>
        {field('origin', 'EHR address', 'https://ehr.example.org')}
        {field('label', 'Name (optional)', 'Main hospital EHR')}
        {field('patientIdSelector', 'Patient identifier element (CSS selector)', '#patient-mrn')}
        <p className="muted">
          Scribe reads the chart’s MRN there before every insert and refuses to insert another patient’s note.
        </p>
        {field('noteFieldSelector', 'Note field (CSS selector)', 'textarea#note')}
        <label>
          Insert the note
          <select value={insertMode} onChange={(e) => setInsertMode(e.target.value as EhrInsertMode)}>
            {(Object.keys(modeLabels) as EhrInsertMode[]).map((m) => (
              <option key={m} value={m}>
                {modeLabels[m]}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          <input type="checkbox" checked={includeCodes} onChange={(e) => setIncludeCodes(e.target.checked)} />
          Add the accepted diagnosis codes below the note
        </label>
        {error && (
          <div className="alert error" role="alert">
            {error}
          </div>
        )}
        <button type="submit" className="primary">
          Add site and allow access
        </button>
      </form>
    </>
  );
}
