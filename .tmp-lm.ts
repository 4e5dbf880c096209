import { logMelSpectrogram } from './shared/asr/audio/log-mel.js';
const full = new Float32Array(480000).map((_, i) => Math.sin(i*0.05)*0.3 + Math.sin(i*0.0123)*0.2);
for (let r=0;r<8;r++){ let t=performance.now(); logMelSpectrogram(full); console.log('full 30s ms', performance.now()-t); }
