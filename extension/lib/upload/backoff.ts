/** Exponential backoff with full jitter: attempt 1 waits up to base, attempt n up to base·2^(n-1), capped. */
export function backoffDelayMs(
  attempts: number,
  {
    baseMs = 1000,
    maxMs = 60_000,
    random = Math.random,
  }: { baseMs?: number; maxMs?: number; random?: () => number } = {},
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  // Half fixed, half random: spreads retries from many devices without ever retrying at once.
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
