import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { type CaptureState, captureStateSchema, idleCaptureState } from '../messages/capture-state.js';
import { broadcastSchema } from '../messages/messages.js';

/** The recorder's state, from the offscreen document's broadcasts (and once on mount). */
export function useCaptureState(): CaptureState {
  const [state, setState] = useState<CaptureState>(idleCaptureState);
  useEffect(() => {
    const listener = (message: unknown) => {
      const parsed = broadcastSchema.safeParse(message);
      if (parsed.success && parsed.data.type === 'capture.state') setState(parsed.data.state);
      return false;
    };
    browser.runtime.onMessage.addListener(listener);
    void browser.runtime
      .sendMessage({ type: 'capture.status' })
      .then((s: unknown) => {
        const parsed = captureStateSchema.safeParse(s);
        if (parsed.success) setState(parsed.data);
      })
      .catch(() => {});
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);
  return state;
}
