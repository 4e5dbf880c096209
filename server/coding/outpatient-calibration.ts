/**
 * Recalibration of an office visit's confidences. The blend is fitted on hospital case reports and the
 * visit's offsets (where a problem was said: codes.suggest.ts) are set by hand, so its raw confidence
 * overstates a conversation's codes in the middle of the scale: on our ACI-Bench train labels (with
 * their ASR-like variants) the codes scored 0.5–0.7 were almost never a coder's. A Platt fit of the
 * coder's labels on the raw log-odds makes the confidence a probability again, and with it the codes
 * shown (confidence ≥ 0.5) the ones a coder would accept. Fitted by
 * test/eval/codes/fit-outpatient-calibration.ts (train only; it prints the out-of-fold figures).
 */
import { fitLogistic } from './training/logistic.js';

export interface PlattCalibration {
  /** Multiplies the raw log-odds. */
  slope: number;
  /** Added to the scaled log-odds. */
  intercept: number;
}

/** Fitted on ACI-Bench train (labels removed and both ASR-like variants, top 10 per visit). */
export const OUTPATIENT_CALIBRATION: PlattCalibration = { slope: 0.588, intercept: -0.604 };

const EDGE = 1e-4;
const logit = (p: number) => {
  const q = Math.min(1 - EDGE, Math.max(EDGE, p));
  return Math.log(q / (1 - q));
};

/** The calibrated probability of a raw confidence (monotone: the order of the codes is kept). */
export function recalibrated(
  confidence: number,
  calibration: PlattCalibration = OUTPATIENT_CALIBRATION,
): number {
  return 1 / (1 + Math.exp(-(calibration.slope * logit(confidence) + calibration.intercept)));
}

/**
 * The raw confidence whose recalibration is `calibrated` (the inverse of `recalibrated`): rules that
 * run on an office visit's raw confidences ask with it whether a code will be shown.
 */
export function rawConfidenceOf(
  calibrated: number,
  calibration: PlattCalibration = OUTPATIENT_CALIBRATION,
): number {
  return 1 / (1 + Math.exp(-((logit(calibrated) - calibration.intercept) / calibration.slope)));
}

/** The Platt calibration of raw confidences against 0/1 labels (a one-feature logistic fit). */
export function fitPlatt(confidences: readonly number[], labels: readonly number[]): PlattCalibration {
  const fit = fitLogistic(
    confidences.map((c) => [logit(c)]),
    labels,
    { iterations: 2000, l2: 0 },
  );
  return { slope: fit.weights[0] ?? 1, intercept: fit.bias };
}
