import { useEffect, useState } from 'react';
import { describeError } from '../lib/api/api-error.js';
import type { ModelCatalog } from '../lib/api/schemas.js';
import { createScribeApi } from '../lib/api/scribe-api.js';
import { MODEL_CACHE } from '../lib/asr/model-cache.js';
import type { ScribeContext } from '../lib/hooks/use-scribe.js';
import { type Settings, updateSettings } from '../lib/storage/settings.js';
import { ModelPicker } from './ModelPicker.js';
import { ModelSourceSettings } from './ModelSourceSettings.js';

const languages: Array<[string, string]> = [
  ['en', 'English'],
  ['es', 'Spanish'],
  ['fr', 'French'],
  ['de', 'German'],
  ['pt', 'Portuguese'],
  ['it', 'Italian'],
  ['nl', 'Dutch'],
];

/** Speech recognition in plain words; the engine's details (model file, source, compute) under Advanced. */
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
      <h2 id="model-title">Speech recognition</h2>
      <p className="muted">
        Speech is turned into text on this computer: no audio leaves it. The speech model is downloaded once
        from your Scribe server and kept for use without a connection.
      </p>
      {settings.orgSettingsVersion > 0 && (
        <p className="badge info" data-testid="org-managed" style={{ alignSelf: 'flex-start', margin: 0 }}>
          Defaults set by your organisation
        </p>
      )}
      {error && <div className="alert warn">The list of models could not be loaded: {error}</div>}
      <ModelPicker
        id="model-choice"
        label="Speech model"
        serverUrl={settings.serverUrl}
        catalog={catalog}
        modelId={settings.modelId}
        precision={settings.precision}
        onChange={(chosen, id) =>
          update({
            modelId: id,
            modelRepo: chosen?.repo ?? null,
            // A model only the Scribe server has cannot come from the hub.
            ...(chosen && !chosen.repo ? { modelSource: 'server' as const } : {}),
          })
        }
      />
      <label>
        Language of the consultation
        <select
          value={settings.language}
          onChange={(e) => update({ language: e.target.value })}
          disabled={current ? !current.multilingual : false}
          aria-describedby="language-why"
        >
          {languages.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <p id="language-why" className="muted why-disabled">
        {current && !current.multilingual ? 'This model understands English only.' : ''}
      </p>
      <details className="advanced">
        <summary>Advanced</summary>
        <div className="stack" style={{ marginTop: 8 }}>
          <p className="muted" data-testid="engine-details">
            Engine: {settings.modelId}
            {current ? ` (${current.description})` : ''} · weights {settings.precision}
          </p>
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
                Uses any WebGPU adapter, software adapters included (such as SwiftShader when the computer has
                no usable graphics card): software adapters are slow, often slower than real time. If WebGPU
                cannot start, the processor (WASM) is used and the transcript says why.
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
        </div>
      </details>
    </section>
  );
}
