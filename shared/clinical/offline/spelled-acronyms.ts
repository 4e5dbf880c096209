/**
 * An abbreviation that speech recognition wrote letter by letter ("m r i", "c v a", "i v
 * antibiotics", "the a d a diet", "her p s a"): the abbreviation as a note writes it ("MRI", "CVA",
 * "IV antibiotics"). Read as words, a spelled "i" becomes the patient ("the patient v antibiotics")
 * and the letters read as garbled prose. An "a" that opens the letters is the article ("had a c t
 * scan"), except after a word that takes no article ("the a d a diet"); two letters with an "a"
 * among them ("vitamin d a day") and one letter said again ("i i think") are left as said.
 */
const LETTERS = /(?<![\w'-])[a-z](?:\s+[a-z](?![\w'-]))+(?![\w'-])/gi;
const DETERMINER = /\b(?:the|their|his|her|my|your|our|this|that|these|those)\s+$/i;

/** The sentence with each abbreviation said letter by letter written as one. */
export function withSpelledAcronyms(text: string): string {
  if (!/(?<![\w'-])[a-z]\s+[a-z](?![\w'-])/i.test(text)) return text;
  return text.replace(LETTERS, (run, at: number) => {
    const letters = run.split(/\s+/);
    const lead = letters[0]?.toLowerCase() === 'a' && !DETERMINER.test(text.slice(0, at)) ? 'a ' : '';
    const rest = lead ? letters.slice(1) : letters;
    if (rest.length < 2 || (rest.length === 2 && rest.some((l) => l.toLowerCase() === 'a'))) return run;
    // One letter said again is a stutter ("i i would like"), not an abbreviation.
    if (new Set(rest.map((l) => l.toLowerCase())).size === 1) return run;
    return `${lead}${rest.join('').toUpperCase()}`;
  });
}
