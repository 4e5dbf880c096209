import { useEffect, useState } from 'react';
import { type Settings, settingsSchema, updateSettings } from '../lib/storage/settings.js';

/** Where the model downloads from: the Scribe server, or a Hugging Face hub (or an organisation's mirror). */
export function ModelSourceSettings({ settings }: { settings: Settings }) {
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
