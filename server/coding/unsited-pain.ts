/**
 * "Pain, unspecified" (R52) beside a pain of a named site: a visit says "the pain" many times once the
 * knee, the leg or the belly has been named, and the bare word retrieves R52. A coder codes the most
 * specific code the words support (guideline I.B / IV), so the unsited code goes when a sited pain
 * code is itself proposed, whatever their order.
 */

/** Pain codes of a named site: a joint, a limb, the back or neck, the abdomen, the chest, the head. */
const SITED_PAIN = /^(?:M25[5]|M796|M54[1-9]|R10|R07|R51|G89|M542)/;

/** The codes without R52 when a sited pain at or above `floor` is among them (order kept). */
export function withoutUnsitedPain<T extends { code: string; confidence: number }>(
  codes: readonly T[],
  floor: number,
): T[] {
  const sited = codes.some((c) => SITED_PAIN.test(c.code) && c.confidence >= floor);
  return sited ? codes.filter((c) => c.code !== 'R52') : [...codes];
}
