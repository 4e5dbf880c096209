import type { Template } from '../../shared/api/templates.responses.js';

/** The `<option>`s of a template picker: each template under its published name. */
export function TemplateOptions({ templates }: { templates: Template[] }) {
  return (
    <>
      {templates.map((t) => (
        <option key={t.id} value={t.key}>
          {t.published?.body.name ?? t.key}
        </option>
      ))}
    </>
  );
}
