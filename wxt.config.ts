import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'wxt';

/**
 * Public half of the extension's signing key: it fixes the extension id to
 * glaigfbehkfbkinplcbellegmodgcenp (chrome-extension://glaigfbehkfbkinplcbellegmodgcenp), so the
 * server's ALLOWED_ORIGINS can name it. The private key is not kept: the Web Store signs releases.
 */
export const EXTENSION_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2aNb8dtzBtw/jx7v3+B9s4V7HzcMoooUb9nOVyEGMBwG7ZE9AsFvx1k0LH66zpfwl1WHG60UmS+6FGX+eTGqQZ6VUg6t04bmD8yznD1RbeepK1TXAFMm24KG+7LBMc/rjOvjBfs5vKe+NV3mYa5UyGGvdOhVdCYD15SNlV3Kz94Dir8vIhdoBj8phMcJXCPnK66gVUCRJKcZGBnI0rES8k+9ES5DaBDQwmtn27mCJzDr9xq7ru4OixJuSOr2GXSgj9O+D/nYPhEAIpjZCpUC4632zaIVge5AG1NwFFlSD8g0VRq40Pq4KM0Is+GhDlgEycGhQLwki4GaW/VrtVe8vwIDAQAB';

// onnxruntime-web's runtime files, shipped inside the extension (MV3 forbids remote code).
const ortDist = path.dirname(createRequire(import.meta.url).resolve('onnxruntime-web'));
// ort.min.mjs (see the alias below) loads only the JSEP build (WebGPU + WASM in one binary).
const ortFiles = ['ort-wasm-simd-threaded.jsep.wasm', 'ort-wasm-simd-threaded.jsep.mjs'];

/**
 * End-to-end tests only: origins granted at install (Chrome cannot click a permission prompt
 * headless). Users grant EHR origins one by one from the options page.
 */
const e2eHostPermissions = (process.env.SCRIBE_E2E_HOST_PERMISSIONS ?? '').split(',').filter(Boolean);

export default defineConfig({
  srcDir: 'extension',
  // The e2e tests build their variant elsewhere so a developer's .output stays untouched.
  outDir: process.env.SCRIBE_EXTENSION_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Scribe — clinical documentation co-pilot',
    description: 'Records consultations with consent, transcribes on-device, drafts evidence-linked notes.',
    ...(browser === 'chrome' ? { key: EXTENSION_PUBLIC_KEY } : {}),
    // Firefox (MV2 sidebar) has no offscreen documents or sidePanel API; the build keeps compiling there.
    permissions:
      browser === 'chrome'
        ? // tabCapture: telehealth mode records the call's tab audio (only after the clinician invokes
          // Scribe on that tab, and only when they tick the option).
          ['sidePanel', 'storage', 'offscreen', 'alarms', 'scripting', 'tabCapture']
        : ['storage', 'alarms', 'scripting'],
    // EHR sites are asked for one origin at a time from the options page; never <all_urls>.
    ...(browser === 'chrome'
      ? { optional_host_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_permissions: ['https://*/*', 'http://*/*'] }),
    ...(e2eHostPermissions.length ? { host_permissions: e2eHostPermissions } : {}),
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    action: { default_title: 'Open Scribe' },
  }),
  vite: () => ({
    // The ASR worker imports onnxruntime-web, which needs ES module workers (import.meta.url).
    worker: { format: 'es' },
    resolve: {
      // The build that loads its .mjs/.wasm from ort.env.wasm.wasmPaths (the copies below) instead of
      // letting Vite inline a second 28 MB copy of the runtime.
      alias: [{ find: /^onnxruntime-web$/, replacement: path.join(ortDist, 'ort.min.mjs') }],
    },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const name of ortFiles)
        files.push({ absoluteSrc: path.join(ortDist, name), relativeDest: `ort/${name}` });
    },
  },
});
