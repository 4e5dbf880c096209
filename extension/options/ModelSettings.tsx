import { useEffect, useState } from 'react';
import { describeError } from '../lib/api/api-error.js';
import type { ModelCatalog } from '../lib/api/schemas.js';
import { createScribeApi } from '../lib/api/scribe-api.js';
import { MODEL_CACHE } from '../lib/asr/model-cache.js';
import type { ScribeContext } from '../lib/hooks/use-scribe.js';
import { type Settings, updateSettings } from '../lib/storage/settings.js';

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
        Speech is transcribed on this computer. The model is downloaded once from your Scribe server and kept
        for offline use.
      </p>
      {error && <div className="alert warn">The model catalog could not be loaded: {error}</div>}
      <label>
        Model
        <select value={settings.modelId} onChange={(e) => update({ modelId: e.target.value })}>
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
