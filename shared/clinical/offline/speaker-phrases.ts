/**
 * Set phrases that put the speaker in a sentence without saying anything of them, as documentation
 * says them without: "as much as i can" is "as much as possible", "the scan will tell us whether" is
 * "the scan will tell whether", an aside of understanding between two clauses ("that's hard i
 * certainly understand but keeping the sugars down matters") goes, and "i understand when you say
 * that ..." leaves what was said. Clinicians say these in plain and
 * speech-recognised transcripts alike; left in, they keep a first person the note cannot have.
 */
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\bas (much|soon|best|often|far|quickly|long) as (?:i|we) (?:can|could|possibly can)\b/gi,
    'as $1 as possible',
  ],
  [/\b(show|shows|tell|tells|let|lets)\s+(?:me|us)\s+(?=(?:if|whether|what|how|where|when|why)\b)/gi, '$1 '],
  // "i do understand when you say that you've gained weight": what was said, reported.
  [
    /\b(?:and\s+|so\s+)?i (?:certainly |completely |totally |definitely |really |do )?understand (?:when|that|what) (?:you|he|she|they)(?:'re| are)? (?:say|says|said|saying|tell me|told me)(?: that)?\s+(?=\S)/gi,
    '',
  ],
  [
    /,?\s*\b(?:and\s+)?i (?:certainly |completely |totally |definitely |really |do )?understand\b\s*,?(?=\s+(?:but|and|so)\b|\s*$)/gi,
    '',
  ],
];

const NEEDS = /\b(?:as|me|us|understand)\b/i;

/** The sentence with these phrases said as documentation says them. */
export function withoutSpeakerPhrases(text: string): string {
  if (!NEEDS.test(text)) return text;
  let s = text;
  for (const [pattern, by] of RULES) s = s.replace(pattern, by);
  return s;
}
