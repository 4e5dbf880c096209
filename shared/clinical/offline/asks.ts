/**
 * Whether a sentence asks by its word order: an auxiliary before its subject at the start ("Do you
 * have any family history of heart disease.", "Should I keep taking the ibuprofen.", "Is it worse
 * at night."). A transcriber or speech recognition often ends such a question with a full stop; the
 * drafter still treats it as a question (answered, it is the finding; unanswered, it documents
 * nothing), never as a statement to put in the third person ("Do the patient has ...").
 * The speaker-role model keeps its own reading of questions (the mark, or an unpunctuated opening).
 */
// Also after an acknowledgement of the last answer ("excellent, are you still taking the
// metformin", "hm do you drink"), which speech recognition runs on without a comma.
const INVERTED =
  /^(?:(?:so|and|okay|ok|now|well|but|then|alright|all right|excellent|perfect|great|good|awesome|wonderful|fair enough|got it|sure|oh|ah|hm+|mm+|thanks|thank you)\s*,?\s+)*(?:do|does|did|are|is|was|were|have|has|can|could|would|will|should|shall|may|might)(?:n't)?\s+(?:you|i|we|he|she|they|it|there|that|this|your|my|his|her|their|the patient|anyone|anybody|anything)\b/i;

export function asksByWordOrder(text: string): boolean {
  return INVERTED.test(text.trim());
}

// Numbers offered to choose from ("the 300 or the 100", "5 mg or 10 mg"): what a question asks
// about, not an answer given.
const CHOICES =
  /\b(?:the\s+)?\d+(?:\.\d+)?(?:\s*(?:mg|milligrams?|mcg|units?))?\s+or\s+(?:the\s+)?\d+(?:\.\d+)?(?:\s*(?:mg|milligrams?|mcg|units?))?\b/gi;

/** A question's text without the numbers it offers to choose from. */
export function withoutOfferedNumbers(text: string): string {
  return text.replace(CHOICES, '');
}
