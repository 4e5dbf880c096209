import type { Stage } from './fft.js';

const C1 = Math.cos((2 * Math.PI) / 5);
const C2 = Math.cos((4 * Math.PI) / 5);
const S1 = Math.sin((2 * Math.PI) / 5);
const S2 = Math.sin((4 * Math.PI) / 5);

/** Radix-5 butterfly (Whisper's 200-point half-size FFT is 4·2·5·5): 5-point DFT via its symmetric pairs. */
export function radix5(
  st: Stage,
  xRe: Float64Array,
  xIm: Float64Array,
  yRe: Float64Array,
  yIm: Float64Array,
) {
  const { m, stride: s, twRe, twIm } = st;
  const sm = s * m;
  for (let q = 0; q < m; q++) {
    const t = 4 * q;
    for (let j = 0; j < s; j++) {
      const i0 = j + s * q;
      const a0r = xRe[i0]!;
      const a0i = xIm[i0]!;
      const a1r = xRe[i0 + sm]!;
      const a1i = xIm[i0 + sm]!;
      const a2r = xRe[i0 + 2 * sm]!;
      const a2i = xIm[i0 + 2 * sm]!;
      const a3r = xRe[i0 + 3 * sm]!;
      const a3i = xIm[i0 + 3 * sm]!;
      const a4r = xRe[i0 + 4 * sm]!;
      const a4i = xIm[i0 + 4 * sm]!;
      const b1r = a1r + a4r;
      const b1i = a1i + a4i;
      const b2r = a2r + a3r;
      const b2i = a2i + a3i;
      const d1r = a1r - a4r;
      const d1i = a1i - a4i;
      const d2r = a2r - a3r;
      const d2i = a2i - a3i;
      const t1r = a0r + C1 * b1r + C2 * b2r;
      const t1i = a0i + C1 * b1i + C2 * b2i;
      const t2r = a0r + C2 * b1r + C1 * b2r;
      const t2i = a0i + C2 * b1i + C1 * b2i;
      const u1r = S1 * d1r + S2 * d2r;
      const u1i = S1 * d1i + S2 * d2i;
      const u2r = S2 * d1r - S1 * d2r;
      const u2i = S2 * d1i - S1 * d2i;
      // y1 = t1 − i·u1, y4 = t1 + i·u1, y2 = t2 − i·u2, y3 = t2 + i·u2
      const o = j + s * 5 * q;
      yRe[o] = a0r + b1r + b2r;
      yIm[o] = a0i + b1i + b2i;
      rotate(yRe, yIm, o + s, t1r + u1i, t1i - u1r, twRe[t]!, twIm[t]!);
      rotate(yRe, yIm, o + 2 * s, t2r + u2i, t2i - u2r, twRe[t + 1]!, twIm[t + 1]!);
      rotate(yRe, yIm, o + 3 * s, t2r - u2i, t2i + u2r, twRe[t + 2]!, twIm[t + 2]!);
      rotate(yRe, yIm, o + 4 * s, t1r - u1i, t1i + u1r, twRe[t + 3]!, twIm[t + 3]!);
    }
  }
}

/** out[o] = (r + i·im)·(wr + i·wi) */
function rotate(
  outRe: Float64Array,
  outIm: Float64Array,
  o: number,
  r: number,
  i: number,
  wr: number,
  wi: number,
) {
  outRe[o] = r * wr - i * wi;
  outIm[o] = r * wi + i * wr;
}
