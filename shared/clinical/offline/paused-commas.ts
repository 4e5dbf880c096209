/**
 * Commas that mark a pause, not a boundary. Speech recognition writes a comma where the speaker
 * paused, and taking out a filler leaves one behind ("the, uh, lower back" → "the, lower back"): a
 * comma straight after a word that cannot end a phrase (an article, a possessive, "of", "any") cuts
 * the phrase in two, and one before "of" cuts a noun from what it is of ("the back, of her eye").
 * Both go; every other comma stays.
 */
// Words a phrase never ends on. Not "her" (an object: "we will see her, then") nor "in"/"on"
// ("come in, please").
// A clause joined after the comma ("she was told to, and she did") keeps it.
const OPENS_PHRASE =
  /\b(a|an|the|any|every|each|of|his|their|its|my|your|our|very|to|from)\s*,\s+(?=[a-z0-9])(?!(?:and|but|or|so|then|because|which|who)\b)/gi;
// "the back, of her eye"; not "of course".
const BEFORE_OF = /\b([a-z]{3,}),\s+(?=of\b(?!\s+course\b))/gi;

/** The sentence without the commas that only mark a pause inside a phrase. */
export function withoutPausedCommas(text: string): string {
  if (!text.includes(',')) return text;
  return text.replace(OPENS_PHRASE, '$1 ').replace(BEFORE_OF, '$1 ');
}
