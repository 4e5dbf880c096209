import { startOffscreenRuntime } from '../../lib/capture/offscreen-runtime.js';

// The offscreen document owns the microphone so recording survives the side panel closing.
void startOffscreenRuntime();
