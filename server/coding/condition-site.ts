/**
 * The site said right after a condition whose codes are chosen by site: "an ulcer on your right foot",
 * "a stone sitting in the left ureter", "pain in my left knee", "a cyst on the wrist". Speech puts the
 * site after the condition, where the mention's own words end; the index (and a coder) reads it as
 * "foot, ulcer", "ureter, calculus", "knee, pain". The phrase gets the site (and a side said with it),
 * so retrieval looks the sited term up instead of the bare word's unspecified code.
 */

/** Condition words whose ICD-10-CM codes are chosen by site. */
const SITED_CONDITION =
  /^(?:(?:chronic|nonhealing|non-healing|open|small|large|painful|new)\s+)?(ulcers?|stones?|calculus|calculi|melanoma|cysts?|abscess|cellulitis|warts?|pain|tendonitis|tendinitis|bursitis|arthritis|osteoarthritis)$/i;

/** Sites a visit names after a condition (the longer names first). */
const SITES =
  'lower back|low back|upper back|big toe|foot|feet|heel|toes?|ankle|knee|shin|calf|thigh|hip|neck|shoulder|elbow|wrist|hand|fingers?|thumb|kidneys?|ureter|bladder|scalp|face|cheek|nose|chin|forehead|breast|buttock|groin|arm|leg|chest|back';

/** Words that may stand between a condition and its site ("measuring five millimeters located in …"). */
const BETWEEN = String.raw`(?:(?:that(?:'s| is)|which is|it's|located|sitting|lodged|stuck|right|just|measuring\s+(?:[\w.]+\s+){1,3}?(?:centimeters?|millimeters?|cm|mm))\s+){0,3}`;

/** Modifiers of the site: a side is kept, "lower" of the back too; position words go. */
const MODIFIER =
  '(?:right|left|proximal|distal|upper|lower|inner|outer|lateral|medial|mid|middle|(?:back|front|top|bottom|side|ball) of(?: the| my| your| his| her)?)';

const SITE_AFTER = new RegExp(
  String.raw`^\s*,?\s*${BETWEEN}(?:on|of|in|at|over|along|across)\s+(?:the\s+|my\s+|your\s+|his\s+|her\s+|their\s+|a\s+|that\s+|this\s+|(both)\s+(?:of\s+)?(?:the\s+|my\s+|your\s+|his\s+|her\s+|their\s+)?)?((?:${MODIFIER}\s+){0,3})(${SITES})(?:e?s)?\b(?! of\b)`,
  'i',
);

/**
 * The phrase with the site said just after it ("ulcer" + " on your right foot" → "right foot ulcer"),
 * or the phrase unchanged when it is no bare site-coded condition or no site follows.
 * `after` is the rest of the sentence after the mention's words.
 */
export function withConditionSite(phrase: string, after: string): string {
  const condition = phrase.trim().match(SITED_CONDITION);
  if (!condition) return phrase;
  const site = after.match(SITE_AFTER);
  if (!site) return phrase;
  const modifiers = (site[2] ?? '').toLowerCase();
  // "In both knees": each side, which the index calls bilateral.
  const side = site[1]
    ? 'bilateral '
    : /\bright\b/.test(modifiers)
      ? 'right '
      : /\bleft\b/.test(modifiers)
        ? 'left '
        : '';
  const place = (site[3] ?? '').toLowerCase();
  const lower = place === 'back' && /\blower\b/.test(modifiers) ? 'lower ' : '';
  return `${side}${lower}${place} ${(condition[1] ?? phrase).toLowerCase()}`;
}
