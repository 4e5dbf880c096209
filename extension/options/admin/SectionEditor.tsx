import {
  type FactCategory,
  factCategorySchema,
  type TemplateSection,
} from '../../../shared/clinical/template.js';

interface Props {
  section: TemplateSection;
  index: number;
  count: number;
  /** Field errors of the whole template in words, keyed `sections.<index>.<field>`. */
  errors: Record<string, string>;
  onChange(section: TemplateSection): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
}

/** One template section: title, description, LLM guidance and the offline drafter's fact categories. */
export function SectionEditor({ section, index, count, errors, onChange, onMove, onRemove }: Props) {
  const error = (field: string) => {
    const message = errors[`sections.${index}.${field}`];
    return message
      ? {
          node: (
            <span className="field-error" id={`err-s${index}-${field}`}>
              {message}
            </span>
          ),
          props: { 'aria-invalid': true, 'aria-describedby': `err-s${index}-${field}` },
        }
      : { node: null, props: {} };
  };
  const title = error('title');
  const id = error('id');
  const description = error('description');
  const guidance = error('guidance');
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
          <input
            value={section.title}
            onChange={(e) => onChange({ ...section, title: e.target.value })}
            {...title.props}
          />
          {title.node}
        </label>
        <label>
          Id
          <input
            value={section.id}
            onChange={(e) => onChange({ ...section, id: e.target.value })}
            className="mono"
            {...id.props}
          />
          {id.node}
        </label>
      </div>
      <label>
        What belongs here (for people)
        <textarea
          value={section.description}
          onChange={(e) => onChange({ ...section, description: e.target.value })}
          {...description.props}
        />
        {description.node}
      </label>
      <label>
        Guidance for the AI drafter
        <textarea
          value={section.guidance}
          onChange={(e) => onChange({ ...section, guidance: e.target.value })}
          {...guidance.props}
        />
        {guidance.node}
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
        <button
          type="button"
          className="danger"
          onClick={onRemove}
          disabled={count === 1}
          title={count === 1 ? 'A template needs at least one section' : undefined}
        >
          Remove section
        </button>
        {count === 1 && <span className="muted why-disabled">A template needs at least one section.</span>}
      </div>
    </fieldset>
  );
}
