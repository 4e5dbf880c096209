/**
 * Arrow-key movement in a group with one tab stop (the note's sentences, a tab list): Down/Right to
 * the next, Up/Left to the previous, Home/End to the first/last. Null: not a navigation key.
 */
export function nextRovingId(ids: readonly string[], current: string | null, key: string): string | null {
  if (ids.length === 0) return null;
  const at = current === null ? -1 : ids.indexOf(current);
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return ids[Math.min(at + 1, ids.length - 1)] ?? null;
    case 'ArrowUp':
    case 'ArrowLeft':
      return ids[Math.max(at - 1, 0)] ?? null;
    case 'Home':
      return ids[0] ?? null;
    case 'End':
      return ids[ids.length - 1] ?? null;
    default:
      return null;
  }
}
