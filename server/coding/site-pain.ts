/**
 * Pain of a body part said the way people say it: "my knee hurts", "the inside of my elbow is sore",
 * or a bare "the pain" a few words after the part was named ("I twisted my right knee … I take
 * ibuprofen for the pain"). A coder codes the pain of that part (Pain, joint, knee → M25.56-), never
 * "Pain, unspecified" (R52), which the bare word alone retrieves. Office visits only.
 */

/** Body parts whose pain the index codes by site ("back" only with a possessive: "come back"). */
const PART =
  '(lower back|low back|upper back|big toe|ankle|knee|wrist|shoulder|elbow|hip|neck|hand|foot|feet|finger|thumb|toe|thigh|shin|calf|forearm|heel|arm|leg|back)s?';

/** How a part is said to hurt ("hurts", "has been aching", "is killing me"). */
const HURTS = String.raw`(?:(?:still|really|kind of|kinda|just|always|also|now|sometimes|constantly|a lot|been|has|have|had|is|are|was|were|keeps?|started|starting)\s+){0,3}(?:hurts?|hurting|aches?|aching|achy|sore|painful|killing me|throbbing|throbs)`;

/** "my/the/your … knee hurts": a possessive or article before the part, at most three words between. */
const PART_HURTS = new RegExp(
  String.raw`\b(?:my|his|her|your|their|the|this|that)\s+(?:(?:right|left|inside|outside|front|back|top|bottom|side|of|the|my|his|her|your|their|inner|outer)\s+){0,4}${PART}\s+${HURTS}\b`,
  'i',
);

/** Said of someone else or asked: no pain of the patient's. */
const NOT_ASSERTED =
  /\b(?:no|not|never|doesn't|didn't|don't|denies|mother|father|brother|sister|wife|husband|son|daughter)\b|\?\s*$|^\s*(?:(?:and|so|um+|uh+|okay|now|well)\b\s*,?\s*)*(?:does|do|did|is|are|has|have|any|where|which)\b/i;

/** Index words for a part ("feet" → "foot", "low back" → "low back"). */
function partName(part: string): string {
  const p = part.toLowerCase().replace(/\s+/g, ' ');
  if (p === 'feet') return 'foot';
  return p.replace(/s$/, '');
}

/** The pain terms one sentence says by a part hurting ("my left knee hurts" → "knee pain"). */
export function sitePainTerms(sentence: string): string[] {
  const m = sentence.match(PART_HURTS);
  if (!m || m[1] === undefined) return [];
  if (NOT_ASSERTED.test(sentence.slice(0, m.index ?? 0)) || /\?\s*$/.test(sentence)) return [];
  return [`${partName(m[1])} pain`];
}

/** Parts named in speech around a bare "pain" ("back" alone left out: "come back", "get back to you"). */
const NAMED_PART =
  /\b(lower back|low back|upper back|big toe|ankle|knee|wrist|shoulder|elbow|hip|neck|hand|foot|feet|finger|thumb|toe|thigh|shin|calf|forearm|heel)s?\b/gi;

/** How far back the part may have been said (about the two sentences before). */
const LOOK_BACK_CHARS = 300;

function lastPart(text: string): string | undefined {
  let found: string | undefined;
  for (const m of text.matchAll(NAMED_PART)) found = m[1];
  return found === undefined ? undefined : partName(found);
}

/**
 * A bare "pain" with the part its own sentence names, else the last part said in the words before it
 * ("pain" → "knee pain"); any other phrase unchanged.
 */
export function withPainSite(phrase: string, sentence: string, before: string): string {
  if (!/^(?:the |that |this |some )?pains?$/i.test(phrase.trim())) return phrase;
  const part = lastPart(sentence) ?? lastPart(before.slice(-LOOK_BACK_CHARS));
  return part === undefined ? phrase : `${part} pain`;
}
