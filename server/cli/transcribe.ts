/**
 * npm run transcribe -- <file.wav> [--model <dir>] [--precision q8] [--timestamps] [--prompt "…"]
 *                       [--format text|json] [--runtime node|wasm] [--language en]
 * Prints the segments of a recording. --model takes any folder in the Hugging Face / Optimum export
 * layout; by default the first fetched catalog model under models/, else the test model.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadCatalog } from '../../models/catalog.js';
import { resample } from '../../shared/asr/audio/resample.js';
import { decodeWav } from '../../shared/asr/audio/wav.js';
import { type Precision, precisionSuffixes } from '../../shared/asr/decoder/model-files.js';
import { splitTimestampedTokens } from '../../shared/asr/decoder/timestamps.js';
import { WhisperEngine } from '../../shared/asr/decoder/whisper-engine.js';
import { loadNodeRuntime, readFileFromDisk } from '../../shared/asr/runtime/node-runtime.js';
import { transcribePcm } from '../../shared/asr/transcriber/transcriber.js';
import { isAppError } from '../../shared/errors.js';

const modelsDir = resolve(import.meta.dirname, '../../models');

const argsSchema = z.object({
  file: z.string().min(1, 'usage: npm run transcribe -- <file.wav> [options]'),
  model: z.string().optional(),
  precision: z.enum(['fp32', 'fp16', 'q8', 'q4']).optional(),
  timestamps: z.boolean().default(false),
  prompt: z.string().optional(),
  format: z.enum(['text', 'json']).default('text'),
  runtime: z.enum(['node', 'wasm']).default('node'),
  language: z.string().optional(),
});

function defaultModelDir(): string {
  for (const m of loadCatalog().models) {
    const dir = join(modelsDir, m.id);
    if (m.repo !== null && existsSync(join(dir, 'config.json'))) return dir;
  }
  return join(modelsDir, 'test-model');
}

/** The precision whose encoder file exists, preferring q8 (the extension's default). */
function detectPrecision(dir: string): Precision {
  const order: Precision[] = ['q8', 'fp32', 'fp16', 'q4'];
  const found = order.find((p) =>
    precisionSuffixes[p].some((s) => existsSync(join(dir, `onnx/encoder_model${s}.onnx`))),
  );
  return found ?? 'fp32';
}

const clock = (ms: number) => {
  const s = ms / 1000;
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${(s % 60).toFixed(2).padStart(5, '0')}`;
};

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      model: { type: 'string' },
      precision: { type: 'string' },
      timestamps: { type: 'boolean' },
      prompt: { type: 'string' },
      format: { type: 'string' },
      runtime: { type: 'string' },
      language: { type: 'string' },
    },
  });
  const args = argsSchema.parse({ ...values, file: positionals[0] ?? '' });
  const modelDir = resolve(args.model ?? defaultModelDir());
  const precision = args.precision ?? detectPrecision(modelDir);
  const audio = decodeWav(new Uint8Array(readFileSync(args.file)));
  const pcm16k =
    audio.sampleRate === 16000 ? audio.samples : resample(audio.samples, audio.sampleRate, 16000);

  const runtime = await loadNodeRuntime(args.runtime);
  const engine = await WhisperEngine.load({
    ort: runtime.ort,
    readFile: readFileFromDisk,
    modelDir,
    precision,
    sessionOptions: runtime.sessionOptions,
  });
  const started = performance.now();
  const segments = await transcribePcm(engine, pcm16k, {
    window: { timestamps: args.timestamps, prompt: args.prompt, language: args.language },
  });
  const elapsedMs = performance.now() - started;
  await engine.release();
  // Stats only on stderr: transcript text goes to stdout, never into logs.
  process.stderr.write(
    `transcribed ${(audio.durationMs / 1000).toFixed(1)} s in ${(elapsedMs / 1000).toFixed(2)} s with ${modelDir} (${precision}, ${runtime.backend})\n`,
  );

  if (args.format === 'json') {
    const out = {
      model: modelDir,
      precision,
      backend: runtime.backend,
      durationMs: audio.durationMs,
      segments,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  for (const s of segments) {
    if (!args.timestamps) {
      process.stdout.write(`[${clock(s.startMs)} → ${clock(s.endMs)}] ${s.text}\n`);
      continue;
    }
    for (const piece of splitTimestampedTokens(
      s.tokens,
      engine.special.timestampBegin,
      (s.endMs - s.startMs) / 1000,
    )) {
      const from = s.startMs + piece.startS * 1000;
      const to = Math.min(s.endMs, s.startMs + piece.endS * 1000);
      process.stdout.write(`[${clock(from)} → ${clock(to)}] ${engine.textOf(piece.tokens)}\n`);
    }
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  const message =
    e instanceof z.ZodError
      ? z.prettifyError(e)
      : isAppError(e) || e instanceof Error
        ? e.message
        : String(e);
  process.stderr.write(`transcribe: ${message}\n`);
  process.exitCode = 1;
});
