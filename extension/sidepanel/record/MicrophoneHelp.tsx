import { browser } from 'wxt/browser';
import { siteSettingsUrl } from '../../lib/capture/microphone.js';
import type { MicrophonePermission } from '../../lib/capture/microphone-permission.js';

interface Props {
  permission: Exclude<MicrophonePermission, 'granted'>;
  busy: boolean;
  onRetry(): void;
}

const openPermissionTab = () => browser.tabs.create({ url: browser.runtime.getURL('/permission.html') });
const openSiteSettings = () =>
  browser.tabs.create({ url: siteSettingsUrl(browser.runtime.getURL('/')) }).catch(() => {});

/** Why Start did nothing (no consultation was created) and how to let Scribe use the microphone. */
export function MicrophoneHelp({ permission, busy, onRetry }: Props) {
  const blocked = permission === 'denied';
  return (
    <div className="alert warn stack" role="alert" data-testid="microphone-help">
      <strong>
        {blocked ? 'Chrome is blocking the microphone for Scribe.' : 'Scribe needs the microphone.'}
      </strong>
      <span>Nothing was recorded and no consultation was created.</span>
      {blocked ? (
        <ol className="steps">
          <li>
            Open Chrome's settings for Scribe:{' '}
            <button type="button" className="link" onClick={openSiteSettings}>
              open microphone settings
            </button>{' '}
            (or Chrome menu ⋮ → Settings → Privacy and security → Site settings → Microphone, and choose
            Scribe under “Not allowed to use your microphone”).
          </li>
          <li>Next to Microphone, choose Allow.</li>
          <li>Come back here and press Try again.</li>
        </ol>
      ) : (
        <span>
          Chrome asks in a tab (the side panel cannot show the question): press Allow microphone, choose Allow
          in the tab, then press Try again.
        </span>
      )}
      <div className="row">
        {!blocked && (
          <button type="button" onClick={openPermissionTab}>
            Allow microphone
          </button>
        )}
        <button type="button" className="primary" onClick={onRetry} disabled={busy}>
          Try again
        </button>
      </div>
    </div>
  );
}
