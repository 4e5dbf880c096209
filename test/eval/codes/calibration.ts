/** Reliability of confidences: per bin, mean confidence against the share that was correct. */
export interface ReliabilityBin {
  from: number;
  to: number;
  n: number;
  meanConfidence: number;
  accuracy: number;
}

export function reliabilityBins(
  points: ReadonlyArray<{ confidence: number; correct: boolean }>,
  bins = 10,
): { bins: ReliabilityBin[]; expectedCalibrationError: number } {
  const out: ReliabilityBin[] = Array.from({ length: bins }, (_, i) => ({
    from: i / bins,
    to: (i + 1) / bins,
    n: 0,
    meanConfidence: 0,
    accuracy: 0,
  }));
  for (const p of points) {
    const bin = out[Math.min(bins - 1, Math.floor(p.confidence * bins))];
    if (!bin) continue;
    bin.n += 1;
    bin.meanConfidence += p.confidence;
    bin.accuracy += p.correct ? 1 : 0;
  }
  let ece = 0;
  for (const bin of out) {
    if (bin.n === 0) continue;
    bin.meanConfidence /= bin.n;
    bin.accuracy /= bin.n;
    ece += (bin.n / Math.max(points.length, 1)) * Math.abs(bin.meanConfidence - bin.accuracy);
  }
  return { bins: out, expectedCalibrationError: ece };
}
