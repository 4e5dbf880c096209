import {
  type FactCategory,
  factCategorySchema,
  type TemplateSection,
} from '../../../shared/clinical/template.js';

interface Props {
  section: TemplateSection;
  index: number;
  count: number;
  onChange(section: TemplateSection): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
}

/** One template section: title, description, LLM guidance and the offline drafter's fact categories. */
export function SectionEditor({ section, index, count, onChange, onMove, onRemove }: Props) {
  const toggle = (c: FactCategory) => {
    const has = section.rules.categories.includes(c);
    const categories = has
      ? section.rules.categories.filter((x) => x !== c)
      : [...section.rules.categories, c];
    onChange({ ...section, rules: { categories } });
  };
  return (
    <fieldset className="stack">
      <legend>
        Section {index + 1}: {section.title}
      </legend>
      <div className="row">
        <label style={{ flex: 1 }}>
          Title
          <input value={section.title} onChange={(e) => onChange({ ...section, title: e.target.value })} />
        </label>
        <label>
          Id
          <input
            value={section.id}
            onChange={(e) => onChange({ ...section, id: e.target.value })}
            className="mono"
          />
        </label>
      </div>
      <label>
        What belongs here (for people)
        <textarea
          value={section.description}
          onChange={(e) => onChange({ ...section, description: e.target.value })}
        />
      </label>
      <label>
        Guidance for the AI drafter
        <textarea
          value={section.guidance}
          onChange={(e) => onChange({ ...section, guidance: e.target.value })}
        />
      </label>
      <div>
        <span className="muted">Facts the offline drafter puts here</span>
        <div className="row">
          {factCategorySchema.options.map((c) => (
            <label key={c} className="inline">
              <input
                type="checkbox"
                checked={section.rules.categories.includes(c)}
                onChange={() => toggle(c)}
              />
              {c}
            </label>
          ))}
        </div>
      </div>
      <div className="row">
        <button
          type="button"
          onClick={() => onMove(-1)}
          disabled={index === 0}
          aria-label={`Move ${section.title} up`}
        >
          ↑
        </button>
        <button
          type="button"
          onClick={() => onMove(1)}
          disabled={index === count - 1}
          aria-label={`Move ${section.title} down`}
        >
          ↓
        </button>
        <button type="button" className="danger" onClick={onRemove} disabled={count === 1}>
          Remove section
        </button>
      </div>
    </fieldset>
  );
}
