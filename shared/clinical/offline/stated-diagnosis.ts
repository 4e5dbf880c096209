/**
 * The clinician telling what the patient has, in so many words: "He has a right middle ear
 * infection.", "You've got a urinary tract infection.", "She has bronchitis.", "So he's got a middle
 * ear infection on the right side." A short sentence that
 * is only the patient (or "you") having a named problem, with at most a few words qualifying it
 * (side, site, severity) and nothing about when or how often, is the diagnosis: the assessment.
 * Only called for the clinician's sentences that name a problem from the lexicon.
 */
const STATED_DIAGNOSIS =
  /^(?:(?:so|okay|well|and|now|yes|yeah)\s*,?\s+)*(?:he|she|they|you|the patient|your (?:son|daughter|child|baby|little one)|[a-z]+)(?:'s| has| have|'ve|'s got|'ve got| has got| does have| do have| has developed| has got)(?: got)? (?:a |an |some )?(?:(?!since\b|for\b|every\b|when\b|after\b|before\b|again\b|had\b|been\b)[a-z'-]+ ){0,4}[a-z'-]+(?: (?:on|in|of) (?:the |his |her |your |their |both )?(?:(?:right|left) )?[a-z'-]+(?: side)?)?\s*[.!]?$/;

// A time or a history in the sentence makes it the history, not today's diagnosis.
const HISTORY = /\b(?:since|for \d|ago|every|last|used to|before|history|had|been|again|sometimes)\b/;

/** Whether a clinician's (lowercased, cleaned) sentence states what the patient has. */
export function statesDiagnosis(text: string): boolean {
  const t = text.trim();
  // Up to nine words, and four more for where ("... on the right side").
  return t.split(/\s+/).length <= 13 && STATED_DIAGNOSIS.test(t) && !HISTORY.test(t);
}
