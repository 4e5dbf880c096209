/**
 * Background-noise level in dBFS for the energy VAD, by minimum statistics: the quietest (lightly
 * smoothed) frame of the last few seconds. Natural speech always has pauses or stops within that
 * span, so the minimum sits on the background (room tone, fan, hiss) and follows it when it changes.
 */

/** Assumed floor before any frame was seen: a typical quiet-room level for a laptop microphone. */
export const DEFAULT_FLOOR_DBFS = -60;
// Frames below this are digital silence (zero padding, muted mic), not background noise.
const DIGITAL_SILENCE_DBFS = -90;
const WINDOW_MS = 3000;
// The minimum of raw frame energies sits several dB under the mean noise level (noise fluctuates);
// taking it over lightly smoothed energies (≈ 100 ms time constant) removes most of that bias.
const SMOOTHING_MS = 100;

export class NoiseFloorTracker {
  private readonly history: Float64Array;
  private readonly alpha: number;
  private smoothedDb: number | undefined;
  private count = 0;

  constructor(frameMs: number) {
    this.history = new Float64Array(Math.max(1, Math.round(WINDOW_MS / frameMs)));
    this.alpha = Math.min(1, frameMs / SMOOTHING_MS);
  }

  get floorDb(): number {
    const n = Math.min(this.count, this.history.length);
    if (n === 0) return DEFAULT_FLOOR_DBFS;
    let min = Number.POSITIVE_INFINITY;
    for (let i = 0; i < n; i++) min = Math.min(min, this.history[i]!);
    return min;
  }

  update(frameDb: number): void {
    if (frameDb < DIGITAL_SILENCE_DBFS) return;
    const previous = this.smoothedDb ?? frameDb;
    this.smoothedDb = previous + this.alpha * (frameDb - previous);
    this.history[this.count % this.history.length] = this.smoothedDb;
    this.count++;
  }
}
