import { loadNodeRuntime, readFileFromDisk } from './shared/asr/runtime/node-runtime.js';
import { WhisperEngine } from './shared/asr/decoder/whisper-engine.js';
import { jfkWav, readPcm16k } from './shared/asr/decoder/testing/test-paths.js';
const rt = await loadNodeRuntime('node', { threads: 2 });
let t = performance.now();
const e = await WhisperEngine.load({ ort: rt.ort, readFile: readFileFromDisk, modelDir: 'models/.bench-base', sessionOptions: rt.sessionOptions });
console.log('load', performance.now() - t);
const pcm = readPcm16k(jfkWav);
for (let i = 0; i < 2; i++) {
  t = performance.now();
  const f = e.features(pcm);
  const t1 = performance.now();
  const enc = await e.model.encode(f);
  const t2 = performance.now();
  const r = await e.transcribeFeatures(f, { fallback: { temperatures: [0] } });
  const t3 = performance.now();
  console.log('feat', (t1 - t).toFixed(0), 'enc', (t2 - t1).toFixed(0), 'window', (t3 - t2).toFixed(0), 'tokens', r.tokens.length, 'avglp', r.avgLogprob.toFixed(2), 'ns', r.noSpeechProb.toFixed(3), r.compressionRatio.toFixed(2));
}
