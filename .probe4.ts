import * as ort from 'onnxruntime-node';
import { readFileFromDisk } from './shared/asr/runtime/node-runtime.js';
import { WhisperEngine } from './shared/asr/decoder/whisper-engine.js';
import { jfkWav, readPcm16k } from './shared/asr/decoder/testing/test-paths.js';
const pcm = readPcm16k(jfkWav);
for (const [name, so] of [['default', {}], ['threads2', { executionProviders: ['cpu'], intraOpNumThreads: 2, interOpNumThreads: 1 }], ['default', {}]] as const) {
  const e = await WhisperEngine.load({ ort, readFile: readFileFromDisk, modelDir: 'models/.bench-base', sessionOptions: so });
  const f = e.features(pcm);
  await e.model.encode(f);
  let t = performance.now();
  const enc = await e.model.encode(f);
  const encMs = performance.now() - t;
  t = performance.now();
  await e.transcribeFeatures(f, { fallback: { temperatures: [0] }, maxNewTokens: 1 });
  const one = performance.now() - t;
  t = performance.now();
  await e.transcribeFeatures(f, { fallback: { temperatures: [0] }, maxNewTokens: 25 });
  const many = performance.now() - t;
  console.log(name, 'enc', encMs.toFixed(0), 'one', one.toFixed(0), 'per token', ((many - one) / 24).toFixed(1));
  await e.release();
}
