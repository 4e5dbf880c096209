import { writeWhisperModel } from './models/scripts/make-test-model.js';
import { loadReferenceWhisper } from './shared/asr/decoder/testing/transformers-reference.js';
import { jfkWav, librispeechWav, readPcm16k } from './shared/asr/decoder/testing/test-paths.js';
writeWhisperModel('/tmp/probe-model');
const r = await loadReferenceWhisper('/tmp/probe-model');
for (const w of [jfkWav, librispeechWav]) {
  const t = await r.generate(await r.features(readPcm16k(w)), { maxNewTokens: 200, promptLength: 4, eotId: 656, multilingual: true });
  console.log(process.env.XG, process.env.FG, t.length, new Set(t).size, t.slice(0, 30).join(' '));
}
