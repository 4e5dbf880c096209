import { complaintPhrase } from './complaint-phrase.js';
import { asksByWording, type SentenceUnit } from './units.js';

// The clinician's opening question, whoever the role model took to say it (one microphone gives no
// speaker): "what brings you in", "how can I help", "what's been going on".
export const OPENING_QUESTION =
  /\b(?:what brings (?:you|him|her|them)|what brought (?:you|him|her|them)|what can (?:i|we) do for (?:you|him|her)|what can (?:i|we) help (?:you|him|her) with|how (?:can|may|could) (?:i|we) help|what's (?:been )?going on|what is going on|what has been going on|what are you (?:here|in) for|what seems to be the (?:problem|trouble)|what's the problem|tell me (?:about )?what happened|what happened to (?:you|him|her|the)|what's wrong|what is wrong)\b/i;

export interface OpeningAccount {
  /** The complaint as the note writes it ("right ear pulling and fever for two days"). */
  text: string;
  unit: SentenceUnit;
}

/**
 * The complaint the patient gives in answer to the opening question: the first sentence after it
 * (or after the question's words in the same sentence, where speech recognition ran them together)
 * that tells of a present complaint. Questions are skipped, whoever said them; roles are not trusted
 * (without speaker labels the answer may be taken for the clinician's, and labels can be swapped).
 */
export function openingAccount(units: readonly SentenceUnit[]): OpeningAccount | undefined {
  const early = units.slice(0, Math.max(12, Math.ceil(units.length * 0.3)));
  const at = early.findIndex((u) => OPENING_QUESTION.test(u.text));
  if (at < 0) return undefined;
  const opener = early[at];
  if (!opener) return undefined;
  const after = OPENING_QUESTION.exec(opener.text);
  const rest = after ? opener.text.slice(after.index + after[0].length) : '';
  const sameUnit = rest.split(/\s+/).length >= 5 ? complaintPhrase(rest) : undefined;
  let vague: OpeningAccount | undefined;
  if (sameUnit && !sameUnit.vague) return { text: sameUnit.text, unit: opener };
  if (sameUnit) vague = { text: sameUnit.text, unit: opener };
  for (const unit of units.slice(at + 1, at + 5)) {
    if (unit.isQuestion || asksByWording(unit.text)) continue;
    const phrase = complaintPhrase(unit.text);
    if (phrase && !phrase.vague) return { text: phrase.text, unit };
    vague ??= phrase && { text: phrase.text, unit };
  }
  return vague;
}

// Words that lead into the complaint, said by either side before any opening question: "you've
// been having some difficulty swallowing", "I understand you're here for numbness in your fingers",
// "I'm doing all right aside from this foot pain", "I've been having headaches".
const STATED_LEAD =
  /\b(?:(?:you|he|she|i)(?:'ve| have| has|'s)? been (?:having|experiencing)|(?:you're|you are|he's|she's|he is|she is|i'm|i am) (?:having|experiencing)|(?:problems?|trouble) with|aside from|(?:you're|you are|he's|she's|he is|she is) (?:here|in) (?:for|with|because of|about))\s+(?!any\b|no\b)/i;

/**
 * The complaint named in the first sentences of a visit that opens without the question: what the
 * clinician says the patient is having ("you've been having some difficulty swallowing") or what
 * the patient says they are having, the words after the lead as a note names them.
 */
export function statedComplaint(units: readonly SentenceUnit[]): OpeningAccount | undefined {
  for (const unit of units.slice(0, Math.max(8, Math.ceil(units.length * 0.15)))) {
    const lead = STATED_LEAD.exec(unit.text);
    if (!lead) continue;
    const rest = unit.text
      .slice(lead.index + lead[0].length)
      .split(/\s+/)
      .slice(0, 14)
      .join(' ');
    const phrase = complaintPhrase(rest);
    if (!phrase) continue;
    if (!phrase.vague) return { text: phrase.text, unit };
    // "Trouble with her skin" and, said next, "there's a lump on her arm": the lump.
    const next = units[units.indexOf(unit) + 1];
    const more = next && !next.isQuestion ? complaintPhrase(next.text) : undefined;
    if (next && more && !more.vague) return { text: more.text, unit: next };
    return { text: phrase.text, unit };
  }
  return undefined;
}
