/**
 * The clinician's own observing, said in the first person, as the finding it reports:
 * - an examination act and then what it found: "I listened to her heart and I do hear a soft
 *   murmur" → "On examination of her heart, a soft murmur"; "I felt his belly and I don't feel any
 *   masses" → "On examination of his belly, no masses";
 * - a finding announced by the seeing of it: "I can see that the wound is healing" → "the wound is
 *   healing"; "I'm seeing on the video that both ankles are swollen" → "on video, both ankles are
 *   swollen".
 * Only for sentences attributed to the clinician (a patient's "I felt my neck" is their own account).
 */

const EXAM_ACT =
  '(?:listened to|examined|looked (?:at|in|into|over)|checked|felt|palpated|pressed on|inspected|auscultated|percussed)';
// The thing examined: a body part with its owner, a few words at most, no clause of its own.
const EXAMINED = String.raw`((?:(?:his|her|their|your|the|both|the patient's|[a-z]+'s)\s+)(?:(?!and\b|but\b|i\b)[a-z][\w'-]*\s+){0,3}?(?!and\b|but\b|i\b)[a-z][\w'-]*)`;
const FOUND_VERB =
  '(?:hear|heard|see|saw|feel|felt|notice|noticed|find|found|note|noted|appreciate|appreciated|palpate|palpated)';
const LEAD = String.raw`^(?:(?:so|and|now|then|okay)\s*,?\s+)?i (?:also |just |then |have |did )?`;
const ACT_THEN_FINDING = new RegExp(
  String.raw`${LEAD}${EXAM_ACT} ${EXAMINED},?\s+(?:and|but)\s+(?:i\s+)?(?:(do not|don't|did not|didn't|cannot|can't|could not|couldn't)\s+)?(?:do |can |could |also |did )?${FOUND_VERB}\s+(?:that\s+)?(?:(?:any|anything like)\s+)?(?=\S)(?!(?:them|it|that|this|those|these|him|her|anything|nothing)\b)`,
  'i',
);

// "I can see that ...", "I'm noticing on the video that ...": the seeing, before a clause that
// states the finding (a subject and its verb).
const SEEN_THAT =
  /^(?:(?:so|and|now|okay)\s*,?\s+)?i(?:(?:'m| am) (?:also )?(?:seeing|noticing)| (?:can |do |also |could )?(?:see|notice|tell)|(?:'ve| have) (?:also )?noticed)(?: (?:here|today))?( on (?:the )?(?:video|camera|screen))?(?: (?:here|today))? that\s+(?=\S+(?:\s+\S+){0,6}\s+(?:is|are|was|were|has|have|looks?|seems?|appears?|does|did)\b)/i;

// The examination said as what is under way, before what it finds: "Checking for swelling in her
// legs, trace edema", "As I'm listening to your lungs I hear some wheezing", "Feeling your neck, I
// don't feel any lymph nodes".
const UNDER_WAY =
  '(?:checking|feeling|looking at|looking in|looking into|listening to|pressing on|pushing on|palpating|examining|testing|inspecting)';
const EXAMINING_LEAD = new RegExp(
  String.raw`^(?:(?:so|and|now|okay)\s*,?\s+)?(?:(?:as|while|when) i(?:'m| am) (?:just )?)?${UNDER_WAY}(?: for (?:[a-z-]+\s+){1,3}?(?:in|of|on|at|around|over))? ${EXAMINED}(?:,\s*|\s+(?=i\s))(?:i\s+(?:(do not|don't|cannot|can't)\s+)?(?:do |can |also )?${FOUND_VERB}\s+(?:that\s+)?(?:(?:any|anything like)\s+)?)?(?=\S)(?!(?:them|it|that|this|those|these|him|her|anything|nothing)\b)`,
  'i',
);

// A manoeuvre announced, then what it shows: "I'm going to bend your knee, and you have pain at the
// end of flexion" → "On examination of her knee, she has pain at the end of flexion".
const MANOEUVRE =
  '(?:bend|move|press on|push on|flex|extend|rotate|turn|lift|raise|squeeze|tap on|feel|examine|check|palpate|straighten)';
const MANOEUVRE_THEN_STATE = new RegExp(
  String.raw`^(?:(?:so|and|now|okay)\s*,?\s+)?(?:i(?:'m| am) (?:going to|gonna)|i will|i'll|let me) (?:just )?${MANOEUVRE} ${EXAMINED}(?: (?:a (?:little|bit)|here|there|around|up|down|back|forward|side to side|in and out|for a second))*,?\s+and\s+(?=(?:you|she|he|they|there|it)\s+(?:have|has|had|are|is|was|were|do not|don't|does not|doesn't|did not|didn't)\b)`,
  'i',
);

/** The clinician's sentence with the first person of observing turned into the finding. */
export function observedAsFinding(spoken: string): string {
  const act = ACT_THEN_FINDING.exec(spoken);
  if (act?.[1]) {
    const rest = spoken.slice(act[0].length);
    return `On examination of ${act[1]}, ${act[2] ? 'no ' : ''}${rest}`;
  }
  const manoeuvre = MANOEUVRE_THEN_STATE.exec(spoken);
  if (manoeuvre?.[1]) return `On examination of ${manoeuvre[1]}, ${spoken.slice(manoeuvre[0].length)}`;
  const examining = EXAMINING_LEAD.exec(spoken);
  if (examining?.[1]) {
    const rest = spoken.slice(examining[0].length);
    return `On examination of ${examining[1]}, ${examining[2] ? 'no ' : ''}${rest}`;
  }
  const seen = SEEN_THAT.exec(spoken);
  if (seen) {
    const rest = spoken.slice(seen[0].length);
    return seen[1] ? `On video, ${rest}` : `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
  }
  return spoken;
}
