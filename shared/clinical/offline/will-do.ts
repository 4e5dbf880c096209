import { extractMedications } from './medications.js';

/**
 * The clinician choosing a treatment or test in the words of a decision rather than an order: "we'll
 * do amoxicillin", "let's do naproxen", "we'll go with the triamcinolone cream", "we can do patch
 * testing", "I'll stick with the inhaler", "we'll go back up on the sertraline". One list for the classifier (what is a plan) and the
 * rewrite (how the plan reads), so the two never disagree.
 */
export const WILL_DO =
  /\b(?:we'll|we will|we can|we could|i'll|i will|let's|let us|we're going to|we are going to|i'm going to|i am going to)\s+(?:also\s+|just\s+|then\s+|probably\s+)?(?:do|go with|start with|stick with|go (?:back )?(?:up|down) (?:on|to)|go back (?:on|to))\b/;

// The decision as the rewrite leaves it ("We will do amoxicillin, it is weight based.", "Plan to do
// naproxen 500 mg twice a day.", "Will go with triamcinolone cream ...").
const DECIDED =
  /^(?:(?:so|and|then|okay|now)\s*,?\s+)*(?:we will|we'll|we can|we could|i will|i'll|will|plan to|let us|let's|we are going to|i am going to)\s+(?:also\s+|just\s+|then\s+|probably\s+)?(?:do|go with|start with)\s+(?:the\s+|some\s+|a course of\s+|a\s+)?/i;
// "..., it is weight based", "..., which is a 10 day course": a short remark on the choice.
// (Speech recognition writes no comma: "amoxicillin it is weight based".)
const REMARK =
  /(?:,\s*(?:it is|it's|that is|that's|which is)|\s+(?:it is|it's|which is))\s+([a-z][a-z0-9 -]{2,30}?)\s*[.!]?$/i;
// "We'll go back up on the sertraline": the change of dose, as the order writes it.
const CHANGE: Array<[RegExp, string]> = [
  [/^go (?:back )?up (?:on|to)\s+(?:the\s+)?/i, 'Increase'],
  [/^go (?:back )?down (?:on|to)\s+(?:the\s+)?/i, 'Decrease'],
  [/^go back (?:on|to)\s+(?:the\s+)?/i, 'Resume'],
];
const WILL =
  /^(?:(?:so|and|then|okay|now)\s*,?\s+)*(?:we will|we'll|i will|i'll|will|plan to|let us|let's|we are going to|i am going to)\s+(?:also\s+|just\s+|then\s+|probably\s+)?/i;

/**
 * "We will do amoxicillin, it is weight based." → "Start amoxicillin (weight based).": a decision
 * whose object is a medicine is the order to start it, its short remark kept in brackets; "we'll go
 * back up on the sertraline" → "Increase sertraline.". Undefined
 * when the sentence chooses no medicine (a test stays as said: "Plan to do patch testing.").
 */
export function asStartOrder(text: string, drugNames: ReadonlySet<string>): string | undefined {
  const will = WILL.exec(text);
  const after = will ? text.slice(will[0].length) : '';
  for (const [re, verb] of CHANGE) {
    const change = re.exec(after);
    if (!change) continue;
    const drug = after
      .slice(change[0].length)
      .replace(/[.!]+$/, '')
      .trim();
    const [named] = extractMedications(drug.toLowerCase(), drugNames);
    return named && drug.toLowerCase().startsWith(named.name) ? `${verb} ${drug}.` : undefined;
  }
  const decided = DECIDED.exec(text);
  if (!decided) return undefined;
  const rest = text.slice(decided[0].length).trim();
  const [drug] = extractMedications(rest.toLowerCase(), drugNames);
  if (!drug || !rest.toLowerCase().startsWith(drug.name)) return undefined;
  const remark = REMARK.exec(rest);
  const order = (remark ? rest.slice(0, remark.index) : rest).replace(/[.!]+$/, '').trim();
  return `Start ${order}${remark?.[1] ? ` (${remark[1].trim()})` : ''}.`;
}
