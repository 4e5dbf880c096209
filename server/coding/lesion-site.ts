/**
 * The skin site of a skin cancer said before it, in the same sentence or the one before: "a lesion on
 * her left upper arm … the biopsy came back as melanoma", "shave of right lower back, malignant
 * melanoma". A coder codes the melanoma of that site (Melanoma, skin, back → C43.59), not the
 * unspecified one the bare word retrieves. Only a site after a preposition counts ("came back" does
 * not name the back). Office visits only, like the other sites read from speech.
 */

/** Skin cancers whose codes are chosen by site. */
const SITED_SKIN_CANCER =
  /^(?:(?:malignant|invasive|new|newly diagnosed|early|the)\s+)*(melanoma|basal cell carcinoma|squamous cell carcinoma|skin cancer)$/i;

/** Skin sites (the longer names first). */
const SKIN_SITE =
  'lower back|upper back|scalp|forehead|cheek|nose|ear|lip|chin|face|neck|shoulder|upper arm|forearm|arm|elbow|wrist|hand|finger|chest|breast|abdomen|belly|stomach|back|flank|buttock|hip|thigh|knee|shin|calf|lower leg|leg|ankle|foot|toe|trunk';

const SITE_BEFORE = new RegExp(
  String.raw`\b(?:on|of|over|from|at)\s+(?:the\s+|my\s+|your\s+|his\s+|her\s+|their\s+)?((?:(?:right|left|upper|lower|inferior|superior|mid|middle|central|posterior|anterior)\s+){0,3})(${SKIN_SITE})\b(?!\s+(?:of|to|and forth)\b)`,
  'gi',
);

/** Sites of the trunk, whose skin codes name no side. */
const TRUNK = /^(?:lower back|upper back|back|chest|breast|abdomen|belly|stomach|flank|buttock|trunk)$/;

/** How far back the site may have been said (about the sentence before). */
const LOOK_BACK_CHARS = 250;

/**
 * The bare skin cancer with the site said before it ("melanoma" + "… on right inferior back." →
 * "right back melanoma"); any other phrase, or one with no site said before, unchanged. `before` is
 * the text before the mention's words (its own sentence's start and the sentence before).
 */
export function withLesionSiteBefore(phrase: string, before: string): string {
  const cancer = phrase.trim().match(SITED_SKIN_CANCER);
  if (!cancer || cancer[1] === undefined) return phrase;
  let found: RegExpMatchArray | undefined;
  for (const m of before.slice(-LOOK_BACK_CHARS).matchAll(SITE_BEFORE)) found = m;
  if (!found) return phrase;
  const modifiers = (found[1] ?? '').toLowerCase();
  const site = (found[2] ?? '').toLowerCase();
  // The trunk's codes have no side ("Melanoma of other part of trunk"): a side would only mislead.
  const sided = !TRUNK.test(site);
  const side = !sided
    ? ''
    : /\bright\b/.test(modifiers)
      ? 'right '
      : /\bleft\b/.test(modifiers)
        ? 'left '
        : '';
  return `${side}${site} ${cancer[1].toLowerCase()}`;
}
