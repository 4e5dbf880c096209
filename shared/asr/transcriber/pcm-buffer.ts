/**
 * Audio received so far, addressed by absolute sample index, so VAD segments can be cut out after
 * the fact. Samples before `discardBefore` are dropped to keep memory flat on long recordings.
 */
export class PcmBuffer {
  private chunks: Float32Array[] = [];
  private firstSample = 0; // absolute index of chunks[0][0]
  private total = 0; // absolute index one past the last sample

  get endSample(): number {
    return this.total;
  }

  append(pcm: Float32Array): void {
    if (pcm.length === 0) return;
    this.chunks.push(pcm.slice());
    this.total += pcm.length;
  }

  /** Copy of samples [start, end); parts already discarded or not yet received are zeros. */
  slice(start: number, end: number): Float32Array {
    const out = new Float32Array(Math.max(0, end - start));
    let chunkStart = this.firstSample;
    for (const chunk of this.chunks) {
      const chunkEnd = chunkStart + chunk.length;
      const from = Math.max(start, chunkStart);
      const to = Math.min(end, chunkEnd);
      if (from < to) out.set(chunk.subarray(from - chunkStart, to - chunkStart), from - start);
      chunkStart = chunkEnd;
      if (chunkStart >= end) break;
    }
    return out;
  }

  discardBefore(sample: number): void {
    while (this.chunks.length > 0) {
      const first = this.chunks[0]!;
      if (this.firstSample + first.length > sample) break;
      this.firstSample += first.length;
      this.chunks.shift();
    }
  }
}
