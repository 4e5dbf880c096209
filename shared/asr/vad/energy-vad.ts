import { DEFAULT_FLOOR_DBFS, NoiseFloorTracker } from './noise-floor.js';

export interface VadSegment {
  /** Absolute sample index (from the first pushed sample) where the segment starts, inclusive. */
  startSample: number;
  /** Absolute sample index where it ends, exclusive. */
  endSample: number;
}

export interface EnergyVadOptions {
  sampleRate?: number;
  /** Analysis frame (default 30 ms). */
  frameMs?: number;
  /** Voiced runs shorter than this are dropped as clicks/breaths (default 250 ms). */
  minSpeechMs?: number;
  /** Hangover: a segment closes only after this much non-speech (default 500 ms). */
  minSilenceMs?: number;
  /** Longest segment, ≤ 30 000 ms (Whisper's window); longer speech is cut at its quietest frame. */
  maxSegmentMs?: number;
  /** Context kept on both sides of the voiced part (default 200 ms): Whisper clips word edges otherwise. */
  speechPadMs?: number;
}

// A frame starts speech at 10 dB over the noise floor and keeps it going down to 5 dB (hysteresis),
// and never counts as speech below −55 dBFS (digital silence would otherwise pull the floor to −120).
const START_MARGIN_DB = 10;
const CONTINUE_MARGIN_DB = 5;
const ABSOLUTE_FLOOR_DBFS = -55;
const MAX_WHISPER_SEGMENT_MS = 30000;
// The first second is classified only once it has been heard, against the floor it revealed: this
// keeps steady noise at the start from opening a segment while the floor is still unknown.
const WARM_UP_MS = 1000;

/**
 * Streaming adaptive energy voice-activity detector: frame energy against a tracked noise floor,
 * with hysteresis, minimum speech length, hangover, padding and a hard 30 s segment limit (split at
 * the quietest frame in the second half). push() returns the segments closed so far; flush() the rest.
 */
export class EnergyVad {
  private readonly frameSamples: number;
  private readonly minSpeechFrames: number;
  private readonly hangoverFrames: number;
  private readonly maxSegmentFrames: number;
  private readonly padFrames: number;
  private readonly noise: NoiseFloorTracker;
  private readonly warmUpFrames: number;
  /** Frame energies held back until the warm-up is over (undefined afterwards). */
  private warmUpDb: number[] | undefined = [];
  private pending = new Float32Array(0);
  /** Frames classified so far (frame f covers samples f·frameSamples …). */
  private classifiedFrames = 0;
  /** Open segment: first frame, last voiced frame and per-frame energies (for the split point). */
  private open: { startFrame: number; lastVoicedFrame: number; energiesDb: number[] } | undefined;
  private lastEndFrame = 0;

  constructor(options: EnergyVadOptions = {}) {
    const sampleRate = options.sampleRate ?? 16000;
    const frameMs = options.frameMs ?? 30;
    const maxSegmentMs = options.maxSegmentMs ?? MAX_WHISPER_SEGMENT_MS;
    if (maxSegmentMs > MAX_WHISPER_SEGMENT_MS || maxSegmentMs <= 0) {
      throw new RangeError(`maxSegmentMs must be in (0, 30000], got ${maxSegmentMs}`);
    }
    this.frameSamples = Math.round((sampleRate * frameMs) / 1000);
    if (this.frameSamples < 1) throw new RangeError('frameMs is too short for the sample rate');
    const frames = (ms: number) => Math.max(1, Math.round(ms / frameMs));
    this.minSpeechFrames = frames(options.minSpeechMs ?? 250);
    this.hangoverFrames = frames(options.minSilenceMs ?? 500);
    this.padFrames = Math.round((options.speechPadMs ?? 200) / frameMs);
    // Keep padding inside the limit: the voiced part may use what the two pads leave.
    this.maxSegmentFrames = Math.max(2, Math.floor(maxSegmentMs / frameMs) - 2 * this.padFrames);
    this.noise = new NoiseFloorTracker(frameMs);
    this.warmUpFrames = Math.max(1, Math.round(WARM_UP_MS / frameMs));
  }

  push(pcm: Float32Array): VadSegment[] {
    const input = this.pending.length === 0 ? pcm : concat(this.pending, pcm);
    const closed: VadSegment[] = [];
    let offset = 0;
    for (; offset + this.frameSamples <= input.length; offset += this.frameSamples) {
      closed.push(...this.analyseFrame(input.subarray(offset, offset + this.frameSamples)));
    }
    this.pending = input.slice(offset);
    return closed;
  }

  /** Ends the stream: closes the open segment (a trailing partial frame counts as part of it). */
  flush(): VadSegment[] {
    const closed: VadSegment[] = [];
    if (this.warmUpDb !== undefined) {
      // A clip shorter than the warm-up: judge it against the floor heard, but no higher than a quiet room.
      closed.push(...this.endWarmUp(Math.min(DEFAULT_FLOOR_DBFS, this.noise.floorDb)));
    }
    const totalSamples = this.classifiedFrames * this.frameSamples + this.pending.length;
    this.pending = new Float32Array(0);
    const open = this.open;
    this.open = undefined;
    if (open === undefined || open.lastVoicedFrame - open.startFrame + 1 < this.minSpeechFrames)
      return closed;
    const segment = this.toSegment(open.startFrame, open.lastVoicedFrame);
    closed.push({ startSample: segment.startSample, endSample: Math.min(segment.endSample, totalSamples) });
    return closed;
  }

  private analyseFrame(frame: Float32Array): VadSegment[] {
    let energy = 0;
    for (let i = 0; i < frame.length; i++) energy += frame[i]! * frame[i]!;
    const db = 10 * Math.log10(energy / frame.length + 1e-12);
    if (this.warmUpDb === undefined) {
      const segment = this.classify(db, this.noise.floorDb);
      this.noise.update(db);
      return segment === undefined ? [] : [segment];
    }
    this.noise.update(db);
    this.warmUpDb.push(db);
    return this.warmUpDb.length >= this.warmUpFrames ? this.endWarmUp(this.noise.floorDb) : [];
  }

  private endWarmUp(floorDb: number): VadSegment[] {
    const held = this.warmUpDb ?? [];
    this.warmUpDb = undefined;
    const closed: VadSegment[] = [];
    for (const db of held) {
      const segment = this.classify(db, floorDb);
      if (segment !== undefined) closed.push(segment);
    }
    return closed;
  }

  private classify(db: number, floorDb: number): VadSegment | undefined {
    const f = this.classifiedFrames++;
    const open = this.open;
    const margin = open === undefined ? START_MARGIN_DB : CONTINUE_MARGIN_DB;
    const voiced = db > ABSOLUTE_FLOOR_DBFS && db > floorDb + margin;

    if (open === undefined) {
      if (voiced) this.open = { startFrame: f, lastVoicedFrame: f, energiesDb: [db] };
      return undefined;
    }
    open.energiesDb.push(db);
    if (voiced) open.lastVoicedFrame = f;
    if (f - open.lastVoicedFrame >= this.hangoverFrames) {
      this.open = undefined;
      if (open.lastVoicedFrame - open.startFrame + 1 < this.minSpeechFrames) return undefined;
      return this.toSegment(open.startFrame, open.lastVoicedFrame);
    }
    if (f - open.startFrame + 1 >= this.maxSegmentFrames) return this.splitAtQuietest(open);
    return undefined;
  }

  /** Cuts an over-long open segment at its quietest frame in the second half and keeps the rest open. */
  private splitAtQuietest(open: {
    startFrame: number;
    lastVoicedFrame: number;
    energiesDb: number[];
  }): VadSegment {
    const half = Math.floor(open.energiesDb.length / 2);
    let cut = half;
    for (let i = half; i < open.energiesDb.length - 1; i++) {
      if (open.energiesDb[i]! < open.energiesDb[cut]!) cut = i;
    }
    const cutFrame = open.startFrame + cut;
    const segment = this.toSegment(open.startFrame, cutFrame - 1, { padEnd: false });
    this.open = {
      startFrame: cutFrame,
      lastVoicedFrame: Math.max(cutFrame, open.lastVoicedFrame),
      energiesDb: open.energiesDb.slice(cut),
    };
    // The next segment starts exactly at the cut, not padding back over this one.
    this.lastEndFrame = cutFrame;
    return segment;
  }

  private toSegment(startFrame: number, lastVoicedFrame: number, opts = { padEnd: true }): VadSegment {
    const start = Math.max(this.lastEndFrame, startFrame - this.padFrames);
    const endFrame = lastVoicedFrame + 1 + (opts.padEnd ? this.padFrames : 0);
    this.lastEndFrame = endFrame;
    return { startSample: start * this.frameSamples, endSample: endFrame * this.frameSamples };
  }
}

function concat(a: Float32Array, b: Float32Array): Float32Array {
  const out = new Float32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
