/**
 * Results of pure text functions remembered for the length of one draft. The drafter asks the same
 * question of the same sentence from several places (cleaned once to classify it, again to rewrite
 * it, again when it answers a question); remembering the answer makes a draft cheaper without
 * changing it. The memory lives only while `withDraftMemo` runs, so no transcript text outlives the
 * draft that read it; outside a draft every call computes afresh.
 */
let scope: Map<object, Map<string, unknown>> | undefined;

/** Runs `draft` with memoized text functions remembering their results until it returns. */
export function withDraftMemo<T>(draft: () => T): T {
  if (scope) return draft();
  scope = new Map();
  try {
    return draft();
  } finally {
    scope = undefined;
  }
}

/** A text function remembered per draft, that can also say what it already knows without computing. */
export interface DraftMemo<R> {
  (text: string): R;
  /** The result remembered for `text` in this draft; undefined when not computed yet (or outside a draft). */
  known(text: string): R | undefined;
}

/**
 * `fn` remembered per text inside a draft. Only for pure functions whose result is immutable or
 * never changed by callers (strings, numbers, booleans, frozen values).
 */
export function memoizedInDraft<R>(fn: (text: string) => R): DraftMemo<R> {
  const memo = (text: string): R => {
    if (!scope) return fn(text);
    let results = scope.get(fn) as Map<string, R> | undefined;
    if (!results) {
      results = new Map();
      scope.set(fn, results);
    }
    const known = results.get(text);
    if (known !== undefined || results.has(text)) return known as R;
    const result = fn(text);
    results.set(text, result);
    return result;
  };
  memo.known = (text: string): R | undefined => (scope?.get(fn) as Map<string, R> | undefined)?.get(text);
  return memo;
}
