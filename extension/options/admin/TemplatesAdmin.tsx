import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { Template } from '../../../shared/api/templates.responses.js';
import type { ScribeApi } from '../../lib/api/scribe-api.js';
import { useAsyncAction } from '../../lib/hooks/use-async.js';
import { TemplateEditor } from './TemplateEditor.js';

const starterBody = {
  name: 'New template',
  specialty: 'general',
  style: 'paragraphs' as const,
  sections: [
    {
      id: 'subjective',
      title: 'Subjective',
      description: '',
      guidance: '',
      rules: { categories: ['chief-complaint' as const, 'hpi' as const, 'symptom' as const] },
    },
    {
      id: 'plan',
      title: 'Plan',
      description: '',
      guidance: '',
      rules: { categories: ['plan' as const, 'follow-up' as const] },
    },
  ],
};

/** Admins: every template with its versions; create, edit, preview, publish. */
export function TemplatesAdmin({ api }: { api: ScribeApi }) {
  const [templates, setTemplates] = useState<Template[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [newKey, setNewKey] = useState('');
  const load = useAsyncAction(async () => setTemplates(await api.listTemplates()));
  const reload = useCallback(() => void load.run(), [load.run]);
  useEffect(reload, [reload]);
  const create = useAsyncAction(async () => {
    const created = await api.createTemplate(newKey, starterBody);
    setNewKey('');
    await load.run();
    setSelectedId(created.id);
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void create.run();
  };
  const selected = templates.find((t) => t.id === selectedId);
  return (
    <>
      <section className="card stack" aria-labelledby="templates-title">
        <h2 id="templates-title">Note templates</h2>
        {load.error && <div className="alert error">{load.error}</div>}
        <table>
          <thead>
            <tr>
              <th>Key</th>
              <th>Name</th>
              <th>Published</th>
              <th>Versions</th>
            </tr>
          </thead>
          <tbody>
            {templates.map((t) => (
              <tr key={t.id}>
                <td>
                  <button
                    type="button"
                    className="link"
                    onClick={() => setSelectedId(t.id)}
                    aria-pressed={t.id === selectedId}
                  >
                    {t.key}
                  </button>
                </td>
                <td>{t.published?.body.name ?? t.versions?.at(-1)?.body.name}</td>
                <td>
                  {t.published ? `v${t.published.version}` : <span className="badge warn">draft only</span>}
                </td>
                <td>{t.versions?.length ?? 1}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form className="row" onSubmit={submit} style={{ alignItems: 'flex-end' }}>
          <label>
            New template key
            <input
              value={newKey}
              onChange={(e) => setNewKey(e.target.value)}
              pattern="[a-z][a-z0-9\-]{1,63}"
              placeholder="cardiology-followup"
            />
          </label>
          <button type="submit" disabled={!newKey || create.busy}>
            Create
          </button>
        </form>
        {create.error && <div className="alert error">{create.error}</div>}
      </section>
      {selected && <TemplateEditor api={api} template={selected} onSaved={reload} />}
    </>
  );
}
