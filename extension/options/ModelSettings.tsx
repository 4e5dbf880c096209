import { useEffect, useState } from 'react';
import { describeError } from '../lib/api/api-error.js';
import type { ModelCatalog } from '../lib/api/schemas.js';
import { createScribeApi } from '../lib/api/scribe-api.js';
import { MODEL_CACHE } from '../lib/asr/model-cache.js';
import type { ScribeContext } from '../lib/hooks/use-scribe.js';
import { type Settings, settingsSchema, updateSettings } from '../lib/storage/settings.js';

const languages: Array<[string, string]> = [
  ['en', 'English'],
  ['es', 'Spanish'],
  ['fr', 'French'],
  ['de', 'German'],
  ['pt', 'Portuguese'],
  ['it', 'Italian'],
  ['nl', 'Dutch'],
];

/** Which Whisper model runs on this device (from the server's catalog), its language and backend. */
export function ModelSettings({ scribe }: { scribe: ScribeContext }) {
  const { settings } = scribe;
  const [catalog, setCatalog] = useState<ModelCatalog | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cleared, setCleared] = useState(false);
  useEffect(() => {
    createScribeApi(settings.serverUrl)
      .modelCatalog()
      .then(setCatalog, (e: unknown) => setError(describeError(e)));
  }, [settings.serverUrl]);
  const update = (patch: Partial<Settings>) => void updateSettings(patch);
  const current = catalog?.models.find((m) => m.id === settings.modelId);

  return (
    <section className="card stack" aria-labelledby="model-title">
      <h2 id="model-title">Speech model</h2>
      <p className="muted">
        Speech is transcribed on this computer. The model is downloaded once (from your Scribe server or a
        Hugging Face hub) and kept for offline use; no audio or transcript is sent anywhere to transcribe it.
      </p>
      {error && <div className="alert warn">The model catalog could not be loaded: {error}</div>}
      <label>
        Model
        <select
          value={settings.modelId}
          onChange={(e) => {
            const chosen = catalog?.models.find((m) => m.id === e.target.value);
            update({
              modelId: e.target.value,
              modelRepo: chosen?.repo ?? null,
              // A model only the Scribe server has cannot come from the hub.
              ...(chosen && !chosen.repo ? { modelSource: 'server' as const } : {}),
            });
          }}
        >
          {!current && <option value={settings.modelId}>{settings.modelId}</option>}
          {catalog?.models.map((m) => (
            <option key={m.id} value={m.id}>
              {m.id} — {m.description}
            </option>
          ))}
        </select>
      </label>
      <label>
        Language of the consultation
        <select
          value={settings.language}
          onChange={(e) => update({ language: e.target.value })}
          disabled={current ? !current.multilingual : false}
        >
          {languages.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
      {current && !current.multilingual && <p className="muted">This model understands English only.</p>}
      <ModelSourceSettings settings={settings} />
      <fieldset>
        <legend>Compute</legend>
        <label className="inline">
          <input
            type="radio"
            checked={settings.asrBackend === 'auto'}
            onChange={() => update({ asrBackend: 'auto' })}
          />
          Automatic (graphics card when available)
        </label>
        <label className="inline">
          <input
            type="radio"
            checked={settings.asrBackend === 'webgpu'}
            onChange={() => update({ asrBackend: 'webgpu' })}
          />
          Graphics card (WebGPU)
        </label>
        {settings.asrBackend === 'webgpu' && (
          <p className="muted" data-testid="webgpu-note">
            Uses any WebGPU adapter, software adapters included (such as SwiftShader when the computer has no
            usable graphics card): software adapters are slow, often slower than real time. If WebGPU cannot
            start, the processor (WASM) is used and the transcript says why.
          </p>
        )}
        <label className="inline">
          <input
            type="radio"
            checked={settings.asrBackend === 'wasm'}
            onChange={() => update({ asrBackend: 'wasm' })}
          />
          Processor only (WASM)
        </label>
      </fieldset>
      <div className="row">
        <button
          type="button"
          onClick={() => void caches.delete(MODEL_CACHE).then(() => setCleared(true))}
          title="Frees disk space; the model downloads again on the next recording"
        >
          Remove downloaded models
        </button>
        {cleared && <span className="badge ok">Removed</span>}
      </div>
    </section>
  );
}

/** Where the model downloads from: the Scribe server, or a Hugging Face hub (or an organisation's mirror). */
function ModelSourceSettings({ settings }: { settings: Settings }) {
  const [hubUrl, setHubUrl] = useState(settings.hubUrl);
  const [repo, setRepo] = useState(settings.modelRepo ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [wantHub, setWantHub] = useState(settings.modelSource === 'hub');
  useEffect(() => setWantHub(settings.modelSource === 'hub'), [settings.modelSource]);
  useEffect(() => {
    setHubUrl(settings.hubUrl);
    setRepo(settings.modelRepo ?? '');
  }, [settings.hubUrl, settings.modelRepo]);

  const saveHub = async () => {
    setSaved(false);
    const patch = { modelSource: 'hub' as const, hubUrl: hubUrl.trim(), modelRepo: repo.trim() };
    if (!patch.modelRepo) {
      setProblem('Enter the model repository.');
      return;
    }
    const checked = settingsSchema.pick({ hubUrl: true, modelRepo: true }).safeParse(patch);
    if (!checked.success) {
      setProblem(checked.error.issues[0]?.message ?? 'Check the hub address and repository.');
      return;
    }
    setProblem(null);
    await updateSettings(patch);
    setSaved(true);
  };

  return (
    <fieldset>
      <legend>Download the model from</legend>
      <label className="inline">
        <input
          type="radio"
          checked={settings.modelSource === 'server'}
          onChange={() => void updateSettings({ modelSource: 'server' })}
        />
        The Scribe server
      </label>
      <label className="inline">
        <input
          type="radio"
          checked={settings.modelSource === 'hub'}
          onChange={() => {
            setWantHub(true);
            void saveHub();
          }}
        />
        Hugging Face hub (or your organisation's mirror)
      </label>
      {wantHub ? (
        <div className="stack">
          <label>
            Hub address
            <input value={hubUrl} onChange={(e) => setHubUrl(e.target.value)} inputMode="url" />
          </label>
          <label>
            Model repository
            <input
              value={repo}
              onChange={(e) => setRepo(e.target.value)}
              placeholder="onnx-community/whisper-base.en"
            />
          </label>
          <p className="muted">
            Files are read from{' '}
            <code>{`${hubUrl.replace(/\/+$/, '')}/${repo || '<repository>'}/resolve/main/`}</code>. A mirror
            must allow cross-origin downloads.
          </p>
          <div className="row">
            <button type="button" onClick={() => void saveHub()}>
              Use the hub
            </button>
            {saved && <span className="badge ok">Saved</span>}
          </div>
          {problem && (
            <div className="alert warn" role="alert">
              {problem}
            </div>
          )}
        </div>
      ) : null}
    </fieldset>
  );
}
