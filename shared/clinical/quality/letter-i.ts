/**
 * A capital "I" that is a letter or a numeral, not the speaker (for the first-person check in
 * prose-defects.ts).
 */
// A capital "I" that is a letter or a numeral, not the speaker: spelled out ("I B D", "O R I F") or a
// stage, grade or type ("stage I", "Schatzker I V").
// Speech recognition spells abbreviations out in either case ("m r I", "I g M", "a f I b"): an "I"
// among other lone letters (not the word "a") is a letter too: two before it, one either side, or
// two after it.
export const LETTER_I =
  /\b(?:[Ss]tage|[Gg]rade|[Tt]ype|[Cc]lass|[Pp]hase|[Ll]evel|[Tt]ier|[Cc]ategory|[Ss]chatzker|[Hh]awkins)\s+I\b|(?<=\b[A-Z] )I\b|\bI(?= [A-Z]\b)|(?<=\b[a-z] [b-z] )I\b(?![\w-])|(?<=\b[b-z] )I(?= [b-z]\b(?![\w'-]))|\bI(?= [b-z] [A-Za-z]\b(?![\w'-]))/g;

/**
 * The text without such letters, as `text.replace(LETTER_I, '')`. Every match of LETTER_I is a capital
 * "I" (with the word before it in "stage I"), so a text without one is returned as it is without
 * running the pattern, which most drafted sentences, in the third person, are.
 */
export function withoutLetterI(text: string): string {
  return text.includes('I') ? text.replace(LETTER_I, '') : text;
}
