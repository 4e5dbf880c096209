import { useEffect, useState } from 'react';
import type { Template } from '../../../shared/api/templates.responses.js';
import { type TemplateBody, templateBodySchema } from '../../../shared/clinical/template.js';
import type { ScribeApi } from '../../lib/api/scribe-api.js';
import { useAsyncAction } from '../../lib/hooks/use-async.js';
import { SectionEditor } from './SectionEditor.js';
import { TemplatePreview } from './TemplatePreview.js';

interface Props {
  api: ScribeApi;
  template: Template;
  onSaved(): void;
}

const latestBody = (t: Template): TemplateBody | undefined =>
  (t.versions ?? []).at(-1)?.body ?? t.published?.body ?? undefined;

/** Edits a template as data; saving creates a new draft version, publishing makes it what clinicians use. */
export function TemplateEditor({ api, template, onSaved }: Props) {
  const [body, setBody] = useState<TemplateBody | undefined>(latestBody(template));
  useEffect(() => setBody(latestBody(template)), [template]);
  const valid = templateBodySchema.safeParse(body);
  const save = useAsyncAction(async () => {
    await api.addTemplateVersion(template.id, templateBodySchema.parse(body));
    onSaved();
  });
  const publish = useAsyncAction(async (version: number) => {
    await api.publishTemplateVersion(template.id, version);
    onSaved();
  });
  if (!body) return null;
  const sections = body.sections;
  const setSection = (i: number, next: TemplateBody['sections'][number]) =>
    setBody({ ...body, sections: sections.map((s, j) => (j === i ? next : s)) });
  const move = (i: number, delta: -1 | 1) => {
    const next = [...sections];
    const [moved] = next.splice(i, 1);
    next.splice(i + delta, 0, moved!);
    setBody({ ...body, sections: next });
  };
  const drafts = (template.versions ?? []).filter((v) => v.status === 'draft');

  return (
    <>
      <section className="card stack" aria-labelledby="editor-title">
        <div className="row spread">
          <h2 id="editor-title">
            {template.key} {template.builtin && <span className="badge">built-in</span>}
          </h2>
          <span className="muted">
            Published: {template.published ? `v${template.published.version}` : 'none'}
          </span>
        </div>
        <div className="row">
          <label style={{ flex: 1 }}>
            Name
            <input value={body.name} onChange={(e) => setBody({ ...body, name: e.target.value })} />
          </label>
          <label>
            Specialty
            <input value={body.specialty} onChange={(e) => setBody({ ...body, specialty: e.target.value })} />
          </label>
          <label>
            Style
            <select
              value={body.style}
              onChange={(e) => setBody({ ...body, style: e.target.value as TemplateBody['style'] })}
            >
              <option value="paragraphs">Paragraphs</option>
              <option value="bullets">Bullets</option>
            </select>
          </label>
        </div>
        {sections.map((s, i) => (
          <SectionEditor
            // biome-ignore lint/suspicious/noArrayIndexKey: ids are being edited here; the position is the identity
            key={i}
            section={s}
            index={i}
            count={sections.length}
            onChange={(next) => setSection(i, next)}
            onMove={(d) => move(i, d)}
            onRemove={() => setBody({ ...body, sections: sections.filter((_, j) => j !== i) })}
          />
        ))}
        <button
          type="button"
          onClick={() =>
            setBody({
              ...body,
              sections: [
                ...sections,
                {
                  id: `section-${sections.length + 1}`,
                  title: 'New section',
                  description: '',
                  guidance: '',
                  rules: { categories: [] },
                },
              ],
            })
          }
        >
          Add section
        </button>
        {!valid.success && (
          <div className="alert warn">
            {valid.error.issues[0]?.path.join('.')}: {valid.error.issues[0]?.message}
          </div>
        )}
        {(save.error || publish.error) && <div className="alert error">{save.error ?? publish.error}</div>}
        <div className="row">
          <button
            type="button"
            className="primary"
            disabled={!valid.success || save.busy}
            onClick={() => void save.run()}
          >
            Save as new draft version
          </button>
          {drafts.map((v) => (
            <button
              key={v.id}
              type="button"
              disabled={publish.busy}
              onClick={() => void publish.run(v.version)}
            >
              Publish v{v.version}
            </button>
          ))}
        </div>
      </section>
      {valid.success && <TemplatePreview body={valid.data} />}
    </>
  );
}
