import { apiLogin } from './api.js';
import { launchChromium } from './browser.js';
import { buildExtensionForE2e } from './build-extension.js';
import { configureExtension } from './flows.js';
import { jfkWav } from './paths.js';
import { startStack } from './stack.js';

/**
 * The stack, Chromium with the freshly built extension, and the extension signed in as the first-run
 * clinician (WASM speech backend, the demo EHR as its EHR site); `close` stops them all.
 */
export async function startSignedInExtension(stackOptions: Parameters<typeof startStack>[0] = {}) {
  buildExtensionForE2e();
  const stack = await startStack(stackOptions);
  const browser = await launchChromium(jfkWav);
  const token = await apiLogin(stack.server.url, stack.clinician.email, stack.clinician.password);
  const options = await configureExtension(browser.context, {
    serverUrl: stack.proxy.url,
    email: stack.clinician.email,
    password: stack.clinician.password,
    ehrOrigin: stack.ehr.origin,
    backend: 'wasm',
  });
  await options.close();
  return {
    stack,
    browser,
    token,
    async close() {
      await browser.close();
      await stack.close();
    },
  };
}
