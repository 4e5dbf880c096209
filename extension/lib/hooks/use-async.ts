import { useCallback, useRef, useState } from 'react';
import { describeError } from '../api/api-error.js';

/**
 * Runs an async action with busy and error state; the error is a sentence for the user. `run` is
 * stable across renders (the latest action is read from a ref), so it is safe in effect deps.
 */
export function useAsyncAction<A extends unknown[], R>(action: (...args: A) => Promise<R>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(action);
  latest.current = action;
  const run = useCallback(async (...args: A): Promise<R | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await latest.current(...args);
    } catch (e) {
      setError(describeError(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { run, busy, error, setError };
}
