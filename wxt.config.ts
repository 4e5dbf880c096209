import { defineConfig } from 'wxt';

// The extension: side panel for clinicians, background service worker for routing.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: {
    name: 'Scribe — clinical documentation co-pilot',
    description: 'Records consultations with consent, transcribes on-device, drafts evidence-linked notes.',
    permissions: ['sidePanel', 'storage'],
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    action: { default_title: 'Open Scribe' },
  },
});
