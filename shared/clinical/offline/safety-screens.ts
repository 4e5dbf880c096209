import type { Evidence } from '../evidence.js';
import { cleanSpeech } from './clean-speech.js';
import type { Fact } from './types.js';
import type { SentenceUnit } from './units.js';

export const POSITIVE_SCREEN_REVIEW =
  'Positive answer to a safety screening question: confirm and document the risk assessment before signing.';

interface Screen {
  asks: RegExp;
  denies: string;
  endorses: string;
}

// The screening questions a clinician asks about safety, however they are worded, and the finding
// each answer documents in the words a clinician writes ("Denies suicidal ideation.").
const SCREENS: Screen[] = [
  {
    asks: /\b(?:suicid\w*|(?:hurt\w*|harm\w*|kill\w*|end\w*|injur\w*|cut\w*)\s+(?:yourself|your (?:own )?life)|self[- ]harm\w*|better off dead|want\w* to die|wish\w* (?:you (?:were|was) dead|you could die)|not (?:be|being) (?:here|alive|around) anymore|life (?:is|isn't|is not) worth living)\b/i,
    denies: 'Denies suicidal ideation or thoughts of self-harm.',
    endorses: 'Endorses suicidal ideation or thoughts of self-harm.',
  },
  {
    asks: /\b(?:hurt\w*|harm\w*|kill\w*)\s+(?:anyone|anybody|someone|somebody|other people|others|people)\b|\bhomicid\w*/i,
    denies: 'Denies homicidal ideation or thoughts of harming others.',
    endorses: 'Endorses thoughts of harming others.',
  },
  {
    asks: /\bhear\w* (?:voices|things)\b/i,
    denies: 'Denies auditory hallucinations.',
    endorses: 'Endorses auditory hallucinations.',
  },
  {
    asks: /\bsee\w* things\b.*\b(?:not there|others? (?:can't|cannot|don't|do not)|other people (?:can't|cannot|don't|do not))\b/i,
    denies: 'Denies visual hallucinations.',
    endorses: 'Endorses visual hallucinations.',
  },
  {
    asks: /\b(?:feel|feeling) safe (?:at home|where you live|in your (?:home|relationship))\b/i,
    denies: 'Reports not feeling safe at home.',
    endorses: 'Reports feeling safe at home.',
  },
];

const span = (u: SentenceUnit): Evidence => ({ seq: u.seq, start: u.start, end: u.end });

/**
 * A yes or no to a safety screening question, as the finding a clinician documents: "Any thoughts
 * of hurting yourself?" "No, nothing like that." → "Denies suicidal ideation or thoughts of
 * self-harm." A positive screen that puts the patient at risk is flagged for the clinician's review.
 */
export function safetyScreenAnswer(
  question: SentenceUnit,
  answer: SentenceUnit,
  polarity: 'yes' | 'no',
): Fact | undefined {
  const asked = cleanSpeech(question.text);
  const screen = SCREENS.find((s) => s.asks.test(asked));
  if (!screen) return undefined;
  const safe = screen.denies.startsWith('Reports not') ? polarity === 'yes' : polarity === 'no';
  const fact: Fact = {
    category: 'ros',
    text: polarity === 'no' ? screen.denies : screen.endorses,
    evidence: [span(question), span(answer)],
    assertion: polarity === 'no' ? 'negated' : 'present',
  };
  if (!safe) fact.review = POSITIVE_SCREEN_REVIEW;
  return fact;
}
