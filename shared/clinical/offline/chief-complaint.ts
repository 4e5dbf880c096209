import type { FactCategory } from '../template.js';
import { asNoun } from './complaint-phrase.js';
import { tidyHeadingWords } from './heading-words.js';
import { openingAccount, statedComplaint } from './opening-account.js';
import type { Fact, ProblemMention } from './types.js';
import type { SentenceUnit } from './units.js';
import { answersAsideQuestion, followUpReason } from './visit-reason.js';

// "... who presents for her annual exam", "she's here today for follow-up of her diabetes".
const REASON_RE =
  /\b(?:presents?|presenting|here|coming in|came in|comes in|in today|seen today)\s+(?:today\s+)?(?:for|with)\s+(?:(?:her|his|their|your|my|a|an|the)\s+)?([^,.?!]+)/d;

// Where the clinician, not the patient, names a problem.
const FOUND_BY_CLINICIAN = new Set<FactCategory>(['exam', 'vitals', 'results']);

const OPENING_QUESTION =
  /\b(what brings you|what happened|tell me what happened|what brought you|what's going on|what is going on|what can i do for you|how can i help|what are you here for|what seems to be the problem)\b/i;

// The reason as the patient or clinician said it, without the speakers' own person: "follow up for
// your asthma" → "follow up for asthma", "sensation in your eye" → "sensation in the eye".
function impersonal(reason: string): string {
  return reason
    .replace(/\b(in|on|of|to|at|over|under|behind|around|near|from|into)\s+(?:your|my)\s+/g, '$1 the ')
    .replace(/\b(?:your|my)\s+/g, '');
}

const SITE =
  /\b((?:(?:left|right|lower|upper|both)\s+){0,2}(?:head|neck|throat|ears?|eyes?|chest|abdomen|belly|stomach|back|shoulders?|arms?|elbows?|wrists?|hands?|fingers?|thumbs?|hips?|knees?|ankles?|foot|feet|legs?|toes?|heels?|calf|thigh|groin|side|flank|jaw|teeth|tooth|skin|scalp))\b/;
// How an injury happened, as a patient tells it ("my foot landed in a pothole and rolled inward").
const INJURY =
  /\b((?:rolled|twisted|fell|tripped|slipped|landed|hit|banged|jammed|crashed|collided|dropped|caught|bent|cut|burned|burnt|sprained|injured|hurt|pulled|buckled|gave (?:way|out)|popped|locked|snapped|collapsed)\b[^,.;!?]*)/i;

// Symptoms that have a place on the body ("left knee pain"); a cough or a fever does not.
const LOCALIZABLE =
  /\b(?:pain|ache|aching|swelling|numbness|tingling|rash|bruising|stiffness|weakness|itching|lump|mass|burning|cramping|tenderness)\b/;

const CUT_TAIL =
  /(?:\s+(?:and|or|but|the|a|an|of|to|for|with|at|on|in|onto|into|my|his|her|their|it|it's|i|he|she))+$/i;

/** "Left ankle injury (landed in a pothole and rolled inward)", from the patient's own account. */
function injury(units: readonly SentenceUnit[]): { text: string; unit: SentenceUnit } | undefined {
  for (const u of units) {
    const text = u.text.toLowerCase().replace(/\s+([,.?!])/g, '$1');
    const site = SITE.exec(text)?.[1];
    const how = INJURY.exec(text)?.[1]
      ?.split(/\s+(?:and then|but|so|because|which|when|and it(?:'s)?|and i(?:'ve|'m)?|and now)\s+/)[0]
      ?.split(/\s+/)
      .slice(0, 10)
      .join(' ')
      // Ten words can stop mid-phrase ("fell off a ladder at work and"): not on a word that leads on.
      .replace(CUT_TAIL, '');
    if (site && how) {
      const mechanism = impersonal(tidyHeadingWords(how)).replace(/\b(?:i|me)\b/g, 'the patient');
      return { text: `${capitalize(site)} injury (${mechanism})`, unit: u };
    }
  }
  return undefined;
}

/** The problem with its site when the same sentence names one ("my left knee hurts" → left knee pain). */
function withSite(problem: string, unit: SentenceUnit | undefined): string {
  if (!unit || !LOCALIZABLE.test(problem)) return problem;
  const site = SITE.exec(unit.text.toLowerCase())?.[1];
  if (!site || problem.includes(site)) return problem;
  // "right foot" with "foot pain" is "right foot pain", not "right foot foot pain".
  const place = site.split(' ').at(-1) ?? '';
  return problem.startsWith(`${place} `) ? `${site.slice(0, -place.length)}${problem}` : `${site} ${problem}`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The reason for the visit: what the clinician says the patient presents for, else the first
 * symptom the patient reports. Evidence is just the words of the reason.
 */
export function chiefComplaint(
  units: readonly SentenceUnit[],
  facts: readonly Fact[],
  mentions: readonly ProblemMention[],
): Fact | undefined {
  // "Here to follow up on your blood pressure": the problem followed up is the reason for the visit.
  const followed = followUpReason(units);
  if (followed) {
    const { unit, range } = followed;
    return {
      category: 'chief-complaint',
      text: `Follow-up of ${impersonal(tidyHeadingWords(followed.problem))}.`,
      evidence: [{ seq: unit.seq, start: unit.start + range[0], end: unit.start + range[1] }],
    };
  }
  const early = units.slice(0, Math.max(10, Math.ceil(units.length * 0.4)));
  for (const u of early) {
    const m = REASON_RE.exec(u.text.toLowerCase());
    const range = m?.indices?.[1];
    if (!m?.[1] || !range) continue;
    // Keep the reason short: cut at a following clause.
    const reason = m[1].split(/\s+(?:and she|and he|and i|which|that|who|because|so)\s+/)[0]?.trim() ?? '';
    if (reason.split(' ').length > 12 || reason.length < 3) continue;
    const tidy = tidyHeadingWords(reason);
    if (tidy.length < 3) continue;
    const start = u.start + range[0];
    // toLowerCase can change lengths outside ASCII; only trust offsets that still match.
    if (u.text.slice(range[0], range[0] + reason.length).toLowerCase() !== reason) continue;
    // A reason still speaking to someone ("us today and taking the right measures to keep yourself
    // healthy") is not one: try the next sentence.
    if (/\b(?:you|yourself|us|we|i|me)\b/.test(reason)) continue;
    return {
      category: 'chief-complaint',
      text: `${capitalize(impersonal(tidy))}.`,
      evidence: [{ seq: u.seq, start, end: start + reason.length }],
    };
  }
  const candidates = mentions.filter(
    (m) =>
      m.assertion === 'present' &&
      m.category !== 'ros' &&
      m.category !== 'family' &&
      m.category !== 'allergy' &&
      // An allergy, a side effect or an answer to "any …?" is no reason for the visit.
      !answersAsideQuestion(units, m.evidence.at(-1)?.seq ?? -1),
  );
  // What the patient tells, not what the clinician finds on exam or assesses ("pitting swelling up
  // to the knees" in a visit for breathlessness), unless nothing else names a problem.
  const toldOnly = candidates.filter((m) => !FOUND_BY_CLINICIAN.has(m.category));
  const pool = toldOnly.length > 0 ? toldOnly : candidates;
  // Prefer what the patient answers to "what brings you in?" over the first symptom mentioned at all.
  const opener = units.find((u) => u.speaker === 'clinician' && OPENING_QUESTION.test(u.text));
  const answered = opener
    ? pool.find((m) => {
        const seq = m.evidence[0]?.seq ?? -1;
        return seq > opener.seq && seq <= opener.seq + 4;
      })
    : undefined;
  const first = answered ?? pool[0];
  if (facts.length === 0) return undefined;
  // The patient's first account: after the opening question, else from the start of the visit.
  const from = opener ? opener.seq + 1 : 0;
  const account = units.filter((u) => u.speaker !== 'clinician' && u.seq >= from).slice(0, 3);
  const hurt = first && injury(account);
  if (hurt)
    return {
      category: 'chief-complaint',
      text: `${hurt.text}.`,
      evidence: [{ seq: hurt.unit.seq, start: hurt.unit.start, end: hurt.unit.end }],
    };
  // What the patient answers to "what brings you in?", as a note names it (opening-account.ts).
  const told = openingAccount(units) ?? statedComplaint(units);
  if (told)
    return {
      category: 'chief-complaint',
      text: `${capitalize(told.text)}.`,
      evidence: [{ seq: told.unit.seq, start: told.unit.start, end: told.unit.end }],
      assertion: 'present',
    };
  if (!first) return undefined;
  const unit = units.find((u) => u.seq === first.evidence[0]?.seq);
  // "Itchy", "short of breath": the finding the adjective names ("itching", "shortness of breath").
  const said = withSite(asNoun(first.text.toLowerCase()), unit);
  // With its site the reason is more than the mention's words: the sentence is its evidence.
  const evidence =
    said !== first.text.toLowerCase() && unit
      ? [{ seq: unit.seq, start: unit.start, end: unit.end }]
      : first.evidence.slice(0, 1);
  return {
    category: 'chief-complaint',
    text: `${capitalize(tidyHeadingWords(said) || said)}.`,
    evidence,
    assertion: 'present',
  };
}
