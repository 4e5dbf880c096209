import { useEffect, useState } from 'react';
import type { Precision } from '../../shared/asr/index.js';
import type { ModelCatalog } from '../lib/api/schemas.js';
import { modelFetchCommand, modelOnServer } from '../lib/asr/model-availability.js';

type CatalogModel = ModelCatalog['models'][number];

/** A model as a clinician understands it: how fast or accurate, which languages. */
export function plainModelName(m: Pick<CatalogModel, 'id' | 'multilingual'>): string {
  if (m.id === 'test-model') return 'Test model (for developers; does not recognise speech)';
  const speed = /tiny/.test(m.id)
    ? 'Fastest'
    : /base/.test(m.id)
      ? 'Balanced'
      : /small/.test(m.id)
        ? 'More accurate, slower'
        : /medium|large/.test(m.id)
          ? 'Most accurate, slowest'
          : m.id;
  return `${speed} · ${m.multilingual ? 'many languages' : 'English only'}`;
}

interface Props {
  id: string;
  label: string;
  serverUrl: string;
  catalog: ModelCatalog | null;
  modelId: string;
  precision: Precision;
  disabled?: boolean;
  onChange(model: CatalogModel | undefined, id: string): void;
}

/** Picks a speech model in plain words, and says when the Scribe server does not have it and how to get it. */
export function ModelPicker({
  id,
  label,
  serverUrl,
  catalog,
  modelId,
  precision,
  disabled,
  onChange,
}: Props) {
  const [available, setAvailable] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    setAvailable(null);
    void modelOnServer(serverUrl, modelId, precision).then((ok) => live && setAvailable(ok));
    return () => {
      live = false;
    };
  }, [serverUrl, modelId, precision]);
  const current = catalog?.models.find((m) => m.id === modelId);
  return (
    <div className="stack" style={{ gap: 4 }}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={modelId}
        disabled={disabled}
        onChange={(e) =>
          onChange(
            catalog?.models.find((m) => m.id === e.target.value),
            e.target.value,
          )
        }
        aria-describedby={`${id}-availability`}
      >
        {!current && <option value={modelId}>{modelId}</option>}
        {catalog?.models.map((m) => (
          <option key={m.id} value={m.id}>
            {plainModelName(m)}
          </option>
        ))}
      </select>
      <p id={`${id}-availability`} className="muted" data-testid="model-availability" style={{ margin: 0 }}>
        {available === null
          ? 'Checking the Scribe server…'
          : available
            ? 'Available on your Scribe server.'
            : `Not on your Scribe server yet: where the server runs, an administrator runs ${modelFetchCommand(modelId, precision)}.`}
      </p>
    </div>
  );
}
