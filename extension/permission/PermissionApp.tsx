import { useState } from 'react';
import { browser } from 'wxt/browser';
import {
  MicrophoneError,
  microphoneAdvice,
  openMicrophone,
  siteSettingsUrl,
} from '../lib/capture/microphone.js';

type Status = 'idle' | 'asking' | 'granted' | { problem: string; blocked: boolean };

/** Side panels cannot show the permission prompt, so this tab asks for the microphone once. */
export function PermissionApp() {
  const [status, setStatus] = useState<Status>('idle');
  const ask = async () => {
    setStatus('asking');
    try {
      const stream = await openMicrophone();
      for (const t of stream.getTracks()) t.stop();
      setStatus('granted');
    } catch (e) {
      const problem = e instanceof MicrophoneError ? e.problem : 'microphone-failed';
      setStatus({ problem: microphoneAdvice(problem), blocked: problem === 'microphone-denied' });
    }
  };
  const failed = typeof status === 'object' ? status : null;
  return (
    <main className="app" style={{ maxWidth: 520, paddingTop: 40 }}>
      <div className="card stack">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            S
          </span>
          <h1>Allow Scribe to use the microphone</h1>
        </div>
        <p>
          Scribe records a consultation only after you attest the patient's consent, and transcribes it on
          this computer. Chrome asks once; the side panel cannot show that question itself.
        </p>
        {status === 'granted' ? (
          <div className="alert ok" role="status">
            Microphone allowed. You can close this tab and start recording from the side panel.
          </div>
        ) : (
          <button type="button" className="primary" onClick={ask} disabled={status === 'asking'}>
            {status === 'asking' ? 'Waiting for your answer…' : failed ? 'Try again' : 'Allow microphone'}
          </button>
        )}
        {failed && (
          <div className="alert error stack" role="alert">
            <span>{failed.problem}</span>
            {failed.blocked && (
              <span>
                Chrome's page for Scribe:{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    void browser.tabs
                      .create({ url: siteSettingsUrl(browser.runtime.getURL('/')) })
                      .catch(() => {})
                  }
                >
                  open microphone settings
                </button>{' '}
                (or paste <code>{siteSettingsUrl(browser.runtime.getURL('/'))}</code> into the address bar).
              </span>
            )}
          </div>
        )}
      </div>
    </main>
  );
}
