/**
 * An index term's words as a coder weighs its detail. The flat index lists a main term's other word
 * forms beside it ("Ulcer, ulcerated, ulcerating, ulceration, ulcerative") and groups sites under a
 * limb ("Ulcer, lower limb, foot"): neither is detail a speaker must say. "An ulcer on the right foot"
 * says everything "Ulcer, lower limb, foot specified NEC, right" (L97.519) names; read whole, the term
 * seemed to add "ulcerated" and "lower", so only the leg's unspecified part was left to suggest.
 */

/** A limb grouping followed by one of its parts ("lower limb … foot"). */
const LIMB_THEN_PART =
  /\b(?:lower|upper) limbs?\b.*\b(?:foot|feet|heel|midfoot|toes?|ankle|knee|thigh|calf|leg|hip|buttock|hand|fingers?|thumb|wrist|forearm|elbow|arm|shoulder)\b/i;

/** The term without the main term's other word forms and without a limb grouping a named part replaces. */
export function termDetailText(term: string): string {
  const forms = term.replace(/^([A-Za-z]+)((?:\s*,\s*[A-Za-z]+)+)/, (_all, main: string, rest: string) => {
    const head = main.slice(0, 5).toLowerCase();
    const kept = rest
      .split(',')
      .map((f) => f.trim())
      .filter((f) => f.length > 0 && !(main.length >= 5 && f.toLowerCase().startsWith(head)));
    return [main, ...kept].join(', ');
  });
  return LIMB_THEN_PART.test(forms) ? forms.replace(/\b(?:lower|upper) limbs?\b/gi, ' ') : forms;
}
