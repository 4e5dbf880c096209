import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { answerEhrRequest } from '../../lib/ehr/ehr-page.js';
import { contentRequestSchema } from '../../lib/messages/messages.js';
import { loadSettings } from '../../lib/storage/settings.js';

// Registered at runtime, only for the EHR origins configured and granted (see lib/background/ehr-registration.ts).
export default defineContentScript({
  registration: 'runtime',
  main() {
    // The side panel may inject this file into a tab that already has it: answer only once.
    const marker = globalThis as { __scribeEhr?: boolean };
    if (marker.__scribeEhr) return;
    marker.__scribeEhr = true;
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id) return false;
      const parsed = contentRequestSchema.safeParse(message);
      if (!parsed.success) return false;
      void loadSettings().then(({ ehrSites }) => {
        const site = ehrSites.find((s) => new URL(s.origin).origin === location.origin);
        sendResponse(answerEhrRequest(document, site, parsed.data));
      });
      return true;
    });
  },
});
