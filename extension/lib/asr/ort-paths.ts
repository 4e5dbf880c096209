import { browser } from 'wxt/browser';

/** Where wxt.config.ts copies onnxruntime-web's .wasm/.mjs inside the extension (no CDN). */
export const ortWasmBase = () => `${browser.runtime.getURL('/')}ort/`;
