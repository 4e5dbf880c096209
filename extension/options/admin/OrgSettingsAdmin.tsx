import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type EhrSite, type OrgSettings, orgSettingsSchema } from '../../../shared/api/org-settings.js';
import type { Template } from '../../../shared/api/templates.responses.js';
import { describeError } from '../../lib/api/api-error.js';
import type { ModelCatalog } from '../../lib/api/schemas.js';
import { createScribeApi, type ScribeApi } from '../../lib/api/scribe-api.js';
import { useAsyncAction } from '../../lib/hooks/use-async.js';
import type { Settings } from '../../lib/storage/settings.js';
import { TemplateOptions } from '../../ui/TemplateOptions.js';
import { ModelPicker } from '../ModelPicker.js';
import { fieldErrorsOf } from './field-errors.js';

const precisions: Array<[OrgSettings['precision'], string]> = [
  ['fp32', 'Full precision (largest download, reference accuracy)'],
  ['fp16', 'Half precision (half the download; needs a graphics card)'],
  ['q8', '8-bit (a quarter of the download; slightly less accurate)'],
  ['q4', '4-bit (smallest; least accurate)'],
];
const policies: Array<[OrgSettings['backendPolicy'], string]> = [
  ['auto', 'Automatic: graphics card when the computer has one, else the processor'],
  ['webgpu', 'Always try the graphics card (WebGPU), even a software one'],
  ['wasm', 'Processor only (WASM): same results on every computer'],
];
const emptySite: EhrSite = {
  origin: '',
  label: '',
  patientIdSelector: '',
  noteFieldSelector: '',
  insertMode: 'append',
  includeCodes: false,
};

const fromDevice = (s: Settings): OrgSettings => ({
  modelId: s.modelId,
  precision: s.precision,
  backendPolicy: s.asrBackend,
  templateKey: s.templateKey,
  ehrSites: s.ehrSites,
});

/** The organisation's defaults every clinician's extension receives at sign-in (admins only). */
export function OrgSettingsAdmin({ api, settings }: { api: ScribeApi; settings: Settings }) {
  const [form, setForm] = useState<OrgSettings | null>(null);
  const [version, setVersion] = useState(0);
  const [templates, setTemplates] = useState<Template[]>([]);
  const [catalog, setCatalog] = useState<ModelCatalog | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<number | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // The form is loaded once per server. The device's settings and the session are written while the
  // admin edits (the side panel's settings sync, a refreshed session: a new API client), and a reload
  // then threw the unsaved edits away: a model just picked snapped back (seen on a loaded machine).
  const deviceSettings = useRef(settings);
  deviceSettings.current = settings;
  const loadedFor = useRef<string | null>(null);
  const { serverUrl } = settings;
  useEffect(() => {
    api.orgSettings().then(
      (r) => {
        if (loadedFor.current === serverUrl) return;
        loadedFor.current = serverUrl;
        setForm(r.settings ?? fromDevice(deviceSettings.current));
        setVersion(r.version);
      },
      (e: unknown) => setLoadError(describeError(e)),
    );
    api.listTemplates().then(
      (t) => setTemplates(t.filter((x) => x.published)),
      () => {},
    );
    createScribeApi(serverUrl)
      .modelCatalog()
      .then(setCatalog, () => {});
  }, [api, serverUrl]);

  const save = useAsyncAction(async () => {
    if (!form) return;
    setSaved(null);
    const parsed = orgSettingsSchema.safeParse(form);
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error.issues));
    setErrors({});
    try {
      const r = await api.saveOrgSettings(parsed.data, version);
      setVersion(r.version);
      setSaved(r.version);
    } catch (e) {
      const fields = fieldErrorsOf(serverIssues(e));
      if (Object.keys(fields).length) setErrors(fields);
      throw e;
    }
  });

  if (loadError)
    return (
      <div className="alert error" role="alert">
        {loadError}
      </div>
    );
  if (!form) return <p aria-busy="true">Loading…</p>;
  const set = (patch: Partial<OrgSettings>) => setForm({ ...form, ...patch });
  const setSite = (i: number, patch: Partial<EhrSite>) =>
    set({ ehrSites: form.ehrSites.map((s, j) => (i === j ? { ...s, ...patch } : s)) });
  const err = (path: string) =>
    errors[path] ? (
      <span className="field-error" id={`err-${path}`} role="alert">
        {errors[path]}
      </span>
    ) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.run();
  };

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="org-title" data-testid="org-settings">
      <h2 id="org-title">Organisation settings</h2>
      <p className="muted">
        Defaults for every clinician's extension, received when they sign in or open the side panel.
        Clinicians may still change their own device afterwards.
      </p>
      <ModelPicker
        id="org-model"
        label="Speech model"
        serverUrl={settings.serverUrl}
        catalog={catalog}
        modelId={form.modelId}
        precision={form.precision}
        onChange={(_m, id) => set({ modelId: id })}
      />
      {err('modelId')}
      <label>
        Model precision
        <select
          value={form.precision}
          onChange={(e) => set({ precision: e.target.value as OrgSettings['precision'] })}
        >
          {precisions.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Where speech is transcribed</legend>
        {policies.map(([value, label]) => (
          <label key={value} className="inline">
            <input
              type="radio"
              name="backend-policy"
              checked={form.backendPolicy === value}
              onChange={() => set({ backendPolicy: value })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label>
        Default note template
        <select
          value={form.templateKey}
          onChange={(e) => set({ templateKey: e.target.value })}
          aria-describedby="err-templateKey"
        >
          {!templates.some((t) => t.key === form.templateKey) && (
            <option value={form.templateKey}>{form.templateKey}</option>
          )}
          <TemplateOptions templates={templates} />
        </select>
      </label>
      {err('templateKey')}
      <fieldset className="stack">
        <legend>EHR sites</legend>
        {form.ehrSites.length === 0 && <p className="muted">No EHR site: each clinician adds their own.</p>}
        {form.ehrSites.map((site, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; an origin may be blank while typed
          <div key={i} className="stack site-row" data-testid="org-site">
            <label>
              EHR address
              <input value={site.origin} onChange={(e) => setSite(i, { origin: e.target.value })} />
            </label>
            {err(`ehrSites.${i}.origin`)}
            <label>
              Name (optional)
              <input value={site.label} onChange={(e) => setSite(i, { label: e.target.value })} />
            </label>
            <label>
              Patient identifier element (CSS selector)
              <input
                value={site.patientIdSelector}
                onChange={(e) => setSite(i, { patientIdSelector: e.target.value })}
              />
            </label>
            <label>
              Note field (CSS selector)
              <input
                value={site.noteFieldSelector}
                onChange={(e) => setSite(i, { noteFieldSelector: e.target.value })}
              />
            </label>
            {err(`ehrSites.${i}.noteFieldSelector`)}
            <div>
              <button
                type="button"
                className="danger"
                onClick={() => set({ ehrSites: form.ehrSites.filter((_, j) => j !== i) })}
              >
                Remove this site
              </button>
            </div>
          </div>
        ))}
        <div>
          <button type="button" onClick={() => set({ ehrSites: [...form.ehrSites, emptySite] })}>
            Add an EHR site
          </button>
        </div>
      </fieldset>
      {save.error && Object.keys(errors).length === 0 && (
        <div className="alert error" role="alert">
          {save.error}
        </div>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={save.busy}>
          {save.busy ? 'Saving…' : 'Save for the organisation'}
        </button>
        {saved !== null && (
          <span className="badge ok" role="status">
            Saved (version {saved})
          </span>
        )}
      </div>
    </form>
  );
}

/** The field errors a problem+json answer listed (validation_failed), in the zod-issue shape. */
function serverIssues(e: unknown): Array<{ path: PropertyKey[]; message: string }> {
  const details = (e as { details?: { errors?: Array<{ path?: string; message?: string }> } }).details;
  return (details?.errors ?? []).map((x) => ({ path: (x.path ?? '').split('.'), message: x.message ?? '' }));
}
