import { WhisperEngine } from './shared/asr/decoder/whisper-engine.js';
import { loadNodeRuntime, readFileFromDisk } from './shared/asr/runtime/node-runtime.js';
import { jfkWav, librispeechWav, readPcm16k } from './shared/asr/decoder/testing/test-paths.js';
import { simulateRealtime } from './test/bench/asr/realtime-sim.js';
const rt = await loadNodeRuntime('node');
const e = await WhisperEngine.load({ ort: rt.ort, readFile: readFileFromDisk, modelDir: process.argv[2]!, sessionOptions: rt.sessionOptions });
const pcm = readPcm16k(jfkWav), libri = readPcm16k(librispeechWav);
const gap = new Float32Array(16000 * 0.3);
const total = Math.round(Number(process.argv[3]) * 60 * 16000);
const rec = new Float32Array(total);
for (let o = 0, k = 0; o < total; k++) { const part = [pcm, gap, libri, gap][k % 4]!; rec.set(part.subarray(0, total - o), o); o += part.length; }
const t = performance.now();
const r = await simulateRealtime(e, rec, { fallback: { temperatures: [0] }, maxNewTokens: 64 });
console.log(r.windows, r.segments.length, r.processingSeconds.toFixed(1), r.stopToFinalSeconds.toFixed(2), r.lastWindowSeconds.toFixed(2), ((performance.now() - t) / 1000).toFixed(1), r.segments.map(s => ((s.endMs - s.startMs) / 1000).toFixed(1)).join(' '));
