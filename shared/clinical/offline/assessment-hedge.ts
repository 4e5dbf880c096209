/**
 * The clinician's hedge before a judgement about the patient ("It sounds like your depression is
 * not well controlled", "It looks like the swelling has gone down"): the judgement is what the note
 * records ("Their depression is not well controlled."), without the talk that leads into it. The
 * hedge is kept where it is the judgement itself ("it looks like a viral rash": what it looks like).
 */
const HEDGE =
  /^(?:(?:so|okay|well|and|now)\s*,?\s+)?(?:it|this|that) (?:sounds|seems|looks) like (?:that\s+)?(?=(?:your|his|her|their|the)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}\s+(?:is|are|was|were|has|have|had|seems?|looks?|isn't|aren't|hasn't|haven't)\b)/i;

/** The sentence without a hedge leading into a judgement about the patient. */
export function withoutHedge(text: string): string {
  const m = HEDGE.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  return `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}
