/**
 * A question and its answer said as one sentence, as one microphone and speech recognition give
 * them ("any fever or chills no", "are you sleeping okay yes"): the finding the answer documents
 * ("Denies fever or chills."), the way a separate yes/no turn becomes one (answers.ts).
 */

// The answer closing the sentence, and what may trail it ("no, nothing like that", "no not really");
// "none" and "not really" answer alone too ("any allergies to medicines none").
const ANSWER =
  /^(.*?)[,?.!]?\s+(?:(no|nope|nah|none|not really)(?:[,.!]?\s+(?:nothing|none|not really|never|not at all|no)(?:\s+\w+){0,3})?|(yes|yeah|yep))[.?!]?$/i;
// Where one question ends and the next begins inside the asking part.
const NEXT_QUESTION =
  /[,?]\s*|\s+(?=(?:do|does|did|are|is|have|has|were|was) (?:you|she|he|they|the patient|there)\b)|(?<!\b(?:been|there|have|had|having|get|getting|noticed?|experienced?|experiencing|feel|feeling|still|ever))\s+(?=any\b)/i;
// A question asked about a symptom, with the symptom it asks about.
const ASKED =
  /^(?:(?:and|or|so|also|now|how about|what about)\s+)*(?:any|(?:do|does|did|are|is|have|has|were|was) (?:you|she|he|they|the patient)(?: (?:ever|still|currently|recently|also))?(?: (?:have|had|been|having|get|getting|got|notice|noticed|noticing|feel|feeling|experience|experienced|experiencing))*|(?:is|was) there(?: been)?(?: any)?|(?:has|have) there been(?: any)?)\s+(?:other\s+)?(?:more\s+)?(.+)$/i;
// What a finding names: no person, no clause of its own.
const NOT_A_FINDING =
  /\b(?:you|your|i|me|my|we|us|our|it|that|this|those|these|what|how|when|where|why|which|who|if|because|is|are|was|were|do|does|did|will|would|can|could|should|any|yes|yeah|no|not|nope)\b|^(?:questions?|concerns?|problems?|issues?|anything|something|else|changes?)$/i;
const MAX_FINDING_WORDS = 8;
// A remark on the answer before, ahead of the next question ("that's great, any fevers").
const REMARK =
  /^(?:(?:(?:(?:that's|that is) )?(?:great|good|glad) to hear(?: that)?|(?:that's|that is) (?:great|good|fine)|okay|ok|good|great|perfect|alright|all right|and|so)[,.!]?\s+)+/i;

/** The finding a one-sentence question and answer document, or undefined when it is not one. */
export function inlineAnswer(sentence: string): { text: string; polarity: 'yes' | 'no' } | undefined {
  const m = ANSWER.exec(sentence.trim());
  const asking = m?.[1];
  if (!m || !asking) return undefined;
  const polarity: 'yes' | 'no' = m[2] ? 'no' : 'yes';
  const topics: string[] = [];
  for (const part of asking.replace(REMARK, '').split(NEXT_QUESTION)) {
    if (!/\w/.test(part)) continue;
    const topic = ASKED.exec(part.trim())?.[1]?.trim();
    if (!topic || NOT_A_FINDING.test(topic) || topic.split(/\s+/).length > MAX_FINDING_WORDS)
      return undefined;
    topics.push(topic.replace(/^(?:or|and)\s+/i, ''));
  }
  // A "yes" to several questions does not say which one it answers.
  if (topics.length === 0 || (polarity === 'yes' && topics.length > 1)) return undefined;
  return { text: `${polarity === 'no' ? 'Denies' : 'Reports'} ${topics.join(', ')}.`, polarity };
}
