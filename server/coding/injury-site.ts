/**
 * The site of an injury said without one ("this sprain", "the fracture"), read from the words just
 * before it: a visit names the body part once ("I rolled my left ankle … on exam the ankle is
 * swollen") and then speaks of "the sprain". A coder codes the sprain of the ankle, not of an
 * unspecified site that the titles happen to carry (hip, foot, wrist).
 */

/** Injury words whose codes are all chosen by site. */
const SITELESS_INJURY =
  /^(?:sprain|strain|fracture|contusion|bruise|dislocation|tear|laceration|sprained|strained|fractured|torn)$/i;

/** Body sites a visit names ("back" alone is left out: "come back", "get back to you"). */
const SITE =
  /\b(lower back|low back|upper back|big toe|ankle|knee|wrist|shoulder|elbow|hip|neck|hand|foot|finger|thumb|toe|thigh|shin|calf|forearm|rib|heel|collarbone|clavicle|hamstring|achilles|groin)s?\b/gi;

/** How far back the site may have been said (about the two sentences before). */
const LOOK_BACK_CHARS = 300;

/** The last site the text names, lowercase; undefined when it names none. */
function lastSite(text: string): string | undefined {
  let found: string | undefined;
  for (const m of text.matchAll(SITE)) found = m[1]?.toLowerCase();
  return found;
}

/**
 * The phrase with its site when it is a bare injury word ("sprain" → "ankle sprain"): the site its own
 * sentence names, else the last one said in the words before it; the phrase unchanged otherwise.
 */
export function withInjurySite(phrase: string, sentence: string, before: string): string {
  if (!SITELESS_INJURY.test(phrase.trim())) return phrase;
  const site = lastSite(sentence) ?? lastSite(before.slice(-LOOK_BACK_CHARS));
  return site === undefined ? phrase : `${site} ${phrase.trim()}`;
}
