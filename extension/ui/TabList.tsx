import { nextRovingId } from './roving-focus.js';

interface Props<K extends string> {
  label: string;
  /** Prefix for the tab and panel ids (`${idPrefix}-tab-${key}`, `${idPrefix}-panel-${key}`). */
  idPrefix: string;
  tabs: ReadonlyArray<readonly [K, string]>;
  current: K;
  onChange(key: K): void;
}

export const tabPanelProps = (idPrefix: string, key: string) => ({
  role: 'tabpanel',
  id: `${idPrefix}-panel-${key}`,
  'aria-labelledby': `${idPrefix}-tab-${key}`,
  tabIndex: 0,
});

/** WAI-ARIA tabs: one tab stop, arrow keys (and Home/End) move and activate, each tab controls its panel. */
export function TabList<K extends string>({ label, idPrefix, tabs, current, onChange }: Props<K>) {
  const keys = tabs.map(([k]) => k);
  const onKeyDown = (e: React.KeyboardEvent) => {
    const next = nextRovingId(keys, current, e.key) as K | null;
    if (next === null) return;
    e.preventDefault();
    onChange(next);
    document.getElementById(`${idPrefix}-tab-${next}`)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={label}>
      {tabs.map(([key, text]) => (
        <button
          key={key}
          id={`${idPrefix}-tab-${key}`}
          type="button"
          role="tab"
          aria-selected={current === key}
          aria-controls={`${idPrefix}-panel-${key}`}
          tabIndex={current === key ? 0 : -1}
          onClick={() => onChange(key)}
          onKeyDown={onKeyDown}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
