import { type KeyboardEvent, useRef } from 'react';

/**
 * WAI-ARIA tabs: `tablist`/`tab`/`tabpanel` wiring, one tab stop (the selected tab), and arrow keys,
 * Home and End moving between tabs (selection follows focus).
 */
export function useTabs<K extends string>(
  keys: readonly K[],
  current: K,
  select: (key: K) => void,
  idPrefix: string,
) {
  const refs = useRef(new Map<K, HTMLButtonElement | null>());
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = keys.indexOf(current);
    const target =
      e.key === 'ArrowRight'
        ? keys[(i + 1) % keys.length]
        : e.key === 'ArrowLeft'
          ? keys[(i - 1 + keys.length) % keys.length]
          : e.key === 'Home'
            ? keys[0]
            : e.key === 'End'
              ? keys[keys.length - 1]
              : undefined;
    if (target === undefined) return;
    e.preventDefault();
    select(target);
    refs.current.get(target)?.focus();
  };
  return {
    tab: (key: K) => ({
      id: `${idPrefix}-tab-${key}`,
      type: 'button' as const,
      role: 'tab' as const,
      'aria-selected': key === current,
      'aria-controls': `${idPrefix}-panel-${key}`,
      tabIndex: key === current ? 0 : -1,
      onClick: () => select(key),
      onKeyDown,
      ref: (el: HTMLButtonElement | null) => {
        refs.current.set(key, el);
      },
    }),
    panel: (key: K) => ({
      id: `${idPrefix}-panel-${key}`,
      role: 'tabpanel' as const,
      'aria-labelledby': `${idPrefix}-tab-${key}`,
    }),
  };
}
