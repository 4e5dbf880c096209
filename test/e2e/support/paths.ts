import path from 'node:path';
import { sharedDir as sharedLibraryDir } from '../../../shared/node/shared-dir.js';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const sharedDir = sharedLibraryDir();
export const jfkWav = path.join(sharedDir, 'data/asr/audio/jfk.wav');
export const artifactsDir = path.join(repoRoot, 'test/e2e/artifacts');
/** A separate build: the e2e variant grants 127.0.0.1 at install (headless Chrome cannot click prompts). */
export const e2eExtensionDir = path.join(artifactsDir, 'extension/chrome-mv3');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Fixed by the public key in wxt.config.ts. */
export const extensionId = 'glaigfbehkfbkinplcbellegmodgcenp';
export const extensionOrigin = `chrome-extension://${extensionId}`;
