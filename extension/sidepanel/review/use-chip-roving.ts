import { type RefObject, useState } from 'react';
import { nextRovingId } from '../../ui/roving-focus.js';

/**
 * A transcript's speaker chips as one tab stop (a long visit has hundreds): the chip that holds it,
 * and arrow keys that move it between the lines in `chipSeqs` of the transcript list `listRef`.
 */
export function useChipRoving(chipSeqs: readonly string[], listRef: RefObject<HTMLOListElement | null>) {
  const [activeSeq, setActiveSeq] = useState<string | null>(null);
  const tabStop = activeSeq !== null && chipSeqs.includes(activeSeq) ? activeSeq : (chipSeqs[0] ?? null);
  const onChipKey = (e: React.KeyboardEvent, seq: number) => {
    const id = nextRovingId(chipSeqs, String(seq), e.key);
    if (id === null) return;
    e.preventDefault();
    setActiveSeq(id);
    listRef.current
      ?.querySelector<HTMLElement>(`li[data-seq="${CSS.escape(id)}"] [data-testid="speaker-chip"]`)
      ?.focus();
  };
  return {
    tabStop,
    onChipKey,
    onFocusChip: (seq: number) => setActiveSeq(String(seq)),
  };
}
