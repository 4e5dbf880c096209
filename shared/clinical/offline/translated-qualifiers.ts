/**
 * Qualifiers said before a lay name that the note translates ("right middle ear infection" →
 * otitis media, "bad bladder infection" → urinary tract infection): words that qualify the lay words
 * themselves ("middle" ear, "bladder") would make a clinical name odd ("right middle otitis media"),
 * so only those that qualify any problem (its side, course or severity) carry over to the
 * translation: "right otitis media".
 */
const ANY_PROBLEM =
  /^(?:right|left|bilateral|both|acute|chronic|recurrent|mild|moderate|severe|early|persistent|uncomplicated|complicated)$/i;

/** Whether a word said before a translated lay name still qualifies the clinical name. */
export function qualifiesTranslation(word: string): boolean {
  return ANY_PROBLEM.test(word);
}
