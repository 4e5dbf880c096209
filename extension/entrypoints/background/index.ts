import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openSidePanelOnActionClick } from '../../lib/background/action-click.js';
import { syncEhrRegistration } from '../../lib/background/ehr-registration.js';
import { route } from '../../lib/background/router.js';
import { ensureUploadAlarm, kickUploads, UPLOAD_ALARM } from '../../lib/background/upload-runner.js';
import { sessionKeyBase64 } from '../../lib/db/at-rest-cipher.js';

// Routing only: every behaviour lives in lib/background.
export default defineBackground(() => {
  void browser.storage.session.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => {});
  // Create the IndexedDB at-rest key up front (storage.session only), before any page needs it.
  void sessionKeyBase64().catch(() => {});
  openSidePanelOnActionClick();
  void ensureUploadAlarm();
  // A restarted service worker picks up whatever was left pending.
  void kickUploads();

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const reply = route(message, sender);
    // Answer (and keep the channel open) only for requests we handle; broadcasts pass by.
    if (!reply) return false;
    reply.then(sendResponse, (e: unknown) =>
      sendResponse({ error: e instanceof Error ? e.message : 'failed' }),
    );
    return true;
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === UPLOAD_ALARM) void kickUploads();
  });
  browser.permissions.onAdded.addListener(() => void syncEhrRegistration().catch(() => {}));
  browser.permissions.onRemoved.addListener(() => void syncEhrRegistration().catch(() => {}));
  browser.runtime.onInstalled.addListener(() => void syncEhrRegistration().catch(() => {}));
});
