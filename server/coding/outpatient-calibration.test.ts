import { describe, expect, it } from 'vitest';
import { fitPlatt, OUTPATIENT_CALIBRATION, rawConfidenceOf, recalibrated } from './outpatient-calibration.js';

describe('outpatient recalibration', () => {
  it('keeps the order of the codes and lowers a middling raw confidence below the bar to be shown', () => {
    const raw = [0.05, 0.3, 0.55, 0.65, 0.8, 0.95, 0.999];
    const calibrated = raw.map((r) => recalibrated(r));
    expect([...calibrated].sort((a, b) => a - b)).toEqual(calibrated);
    // A code the raw blend put just over 0.5 (a chronic problem mentioned in passing) is not shown ...
    expect(recalibrated(0.55)).toBeLessThan(0.5);
    // ... a clearly stated diagnosis still is.
    expect(recalibrated(0.95)).toBeGreaterThan(0.7);
  });

  it('is the identity with a unit slope and no intercept', () => {
    expect(recalibrated(0.3, { slope: 1, intercept: 0 })).toBeCloseTo(0.3, 6);
  });

  it('fits a calibration that shrinks overconfident scores', () => {
    // Raw scores of 0.6 that are right one time in five, and of 0.95 that are right four in five.
    const confidences = [...Array(10).fill(0.6), ...Array(10).fill(0.95)];
    const labels = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0];
    const fit = fitPlatt(confidences, labels);
    expect(recalibrated(0.6, fit)).toBeCloseTo(0.2, 1);
    expect(recalibrated(0.95, fit)).toBeCloseTo(0.8, 1);
    expect(OUTPATIENT_CALIBRATION.slope).toBeGreaterThan(0);
  });

  it('finds the raw confidence that is shown after recalibration', () => {
    const floor = rawConfidenceOf(0.5);
    expect(recalibrated(floor)).toBeCloseTo(0.5, 6);
    // The blend overstates office visits: a code must score higher raw to be shown.
    expect(floor).toBeGreaterThan(0.5);
    expect(rawConfidenceOf(0.2, { slope: 2, intercept: 0.4 })).toBeCloseTo(
      1 / (1 + Math.exp(-((Math.log(0.2 / 0.8) - 0.4) / 2))),
      6,
    );
  });
});
