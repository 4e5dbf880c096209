import type { Speaker } from '../transcript.js';
import { withoutHedge } from './assessment-hedge.js';
import { conditionLast, givesCareAdvice } from './care-advice.js';
import { caregiverGives } from './caregiver-you.js';
import { cleanSpeech } from './clean-speech.js';
import { observedAsFinding } from './clinician-observed.js';
import { clinicianPlans } from './clinician-plans.js';
import { clinicianVoice } from './clinician-voice.js';
import { withoutHowAnswer } from './how-answer.js';
import { isPatientAccount } from './patient-account.js';
import {
  addresseeToClinician,
  firstToCompanion,
  firstToThird,
  impersonalYou,
  type Pronoun,
  secondToThird,
} from './person.js';
import { withoutNarration } from './prose-repair.js';
import { replacingInTurn } from './rule-gate.js';
import { words } from './tokens.js';

/**
 * Words the rewriter may add that are not spoken in the transcript (and the headings the assessment
 * and plan adds for the visit's own plan, "Other plans" and "Disposition"). The evaluation's
 * "unsupported content" measure treats them as function words.
 */
export const REWRITE_VOCABULARY = new Set(
  'plan reports denies endorses prescribed ordered started referred scheduled recommended continued increased decreased discontinued obtained placed planned advised will patient she he her his him they their the has is does not bp hr temp spo2 rr mmhg bpm lb kg f min weight follow up herself himself themselves hers given sent would switched added repeated changed clinician injury current alcohol use drug tobacco vaping smoking chief complaint palpation movement review unclear whether order clinic visit last history concern low place consider exam percussion per pleased agreeable encouraged urged possibly believe other plans disposition consistent impression companion examination aim inform'.split(
    ' ',
  ),
);

const PARTICIPLE: Record<string, string> = {
  prescribe: 'prescribed',
  order: 'ordered',
  start: 'started',
  refer: 'referred',
  send: 'sent',
  schedule: 'scheduled',
  give: 'given',
  get: 'ordered',
  obtain: 'ordered',
  check: 'ordered',
  draw: 'ordered',
  repeat: 'repeated',
  increase: 'increased',
  decrease: 'decreased',
  continue: 'continued',
  add: 'added',
  switch: 'switched',
  change: 'changed',
  stop: 'discontinued',
  discontinue: 'discontinued',
  place: 'placed',
  recommend: 'recommended',
  restart: 'restarted',
  resume: 'resumed',
  hold: 'held',
};

const PLAN_LEAD =
  /^(?:(?:so|and|then|now)\s+)?(?:i'm|i am|we're|we are|i'll|we'll|i will|we will|i'd like to|i would like to|i want to|let's|let us|let me|i think we should|we should|we need to|i need to|we can|i'd)\s+(?:going to\s+)?(?:go ahead and\s+)?(?:going to\s+)?(?:have (?:you|him|her|them|the patient)\s+)?/i;
const PLAN_VERB = new RegExp(
  `^(${Object.keys(PARTICIPLE).join('|')})\\s+(?:(?:you|him|her|them|the patient)\\s+)?(?:on\\s+|for\\s+|to\\s+)?(.+)$`,
  'i',
);

// Thinking aloud and stage directions inside a sentence carry nothing to document.
const NARRATION =
  /\b(?:(?:and |as )?you can see(?: here| that)?|(?:so )?here's (?:the thing|the deal|what (?:i|we) (?:think|found|know))(?: is)?|let's see|let me see|let me think|let's say|here's where i(?: am|'m) at|here's what i(?: am|'m) thinking|here is my thoughts? on that|i digress|let me check here)\b,?\s*/gi;
// "Sorry, I forgot the name of the pill": the apology is manners, not content.
const APOLOGY = /^(?:oh,?\s+)?(?:i'm |i am )?sorry(?! to hear)(?: about that)?,?\s+(?=\S)/i;
// "we'll let's continue the metformin" / "let's stick with Flomax": the plan, without the "let's".
// "let's" before no verb ("let's my plan for her", "let's no running for 2 weeks") is a false start.
const LETS_FALSE_START = /\blet's\s+(?=(?:my|our|the|a|an|her|his|their|no|not)\b)/gi;
// Announcing the assessment and plan ("let me talk a little about my impression and plan") before
// giving it: the heading is the section, the words carry nothing.
const PLAN_ANNOUNCEMENT =
  /^(?:(?:so|now|and)\s+)?(?:let me|let's|let us|i want to|i'd like to|i would like to)\s+(?:talk(?: (?:to|with) (?:him|her|them|you))?|tell (?:him|her|them|you)|go over|review|discuss)\s+(?:(?:a little|a bit|briefly)\s+)?(?:about\s+)?(?:(?:my|the|our)\s+)?(?:impression and plan|assessment and plan|impression|assessment|plan)\b[,.]?\s*/i;
// "When I look at her numbers as a whole, I think she is tolerating it": the act of looking, cut
// where the finding's own clause begins.
const WHEN_I_LOOK =
  /^(?:(?:now|so|and)\s+)?when i (?:look|listen|examine|feel|press|push|check|review|go over)(?:\s+(?:at|to|on|over))?(?:\s+[^\s,]+){0,7}?(?:,\s*|\s+)(?=(?:i (?:think|see|notice|do notice|feel|hear|appreciate|would say)|there (?:is|are)|(?:she|he|it|they|you|your|his|her|the) (?:\w+ )?(?:is|are|has|have|does|looks?|seems?|sounds?))\b)/i;
// "What I see is a healed scar", "what I feel is that ...": the finding without the narration.
const WHAT_I_FIND =
  /\bwhat i (?:find|see|hear|feel|notice|appreciate)(?: here| today)? (?:is|are)(?: that)?,?\s+/gi;
// "Here's the x-ray of his right knee ...": the result itself.
const HERE_IS =
  /^(?:(?:so|and|now|okay|the)\s+)?(?:here's|here is|here are)\s+(?=(?:the|his|her|their|your|my|a|an)\b)/i;
// "Let me make a note here, full range of motion": what is noted, without the act of noting.
const LET_ME_NOTE =
  /^(?:(?:so|and|now)\s+)?(?:let me|let's|i'll|i will|i'm going to|i am going to)\s+(?:just\s+)?(?:make a note|note|document|write down|jot down|put down|record)(?:\s+(?:here|that|of that|for the record))*,?\s*/i;
const LETS_PLAN =
  /\b(?:we will |we'll )?let's(?: try to| try)?\s+(?=(?:continue|start|order|stick|set up|do|bring|wait|keep|use|get|try|increase|decrease|hold|go with|check|add|switch|stop|refer|schedule|see)\b)/gi;
// Any other "let's" before a verb, once the exam acts and the agenda are gone, proposes the plan
// ("let's bump up the gabapentin", "let's recheck her potassium", "let's make sure she gets ...").
const LETS_ANY =
  /\blet's\s+(?=[a-z]{2,}\b)(?!(?:see|say|talk|chat|go over|review|discuss|move on|switch gears|plan|take|have a|listen|look|feel|press|push|examine|move|bend|lift|be)\b)/gi;
// Any other "let me" before a verb, once the exam acts are gone, is what the clinician will do ("let
// me write you a prescription", "let me get the nurse to draw it").
const LET_ME_ANY =
  /\blet me\s+(?=[a-z]{2,}\b)(?!(?:see|know|think|say|ask|tell|explain|be|make a note|note|take|have a|listen|look|feel|press|push|examine|move|bend|lift|just)\b)/gi;
// "..., and let me order a chest x-ray": an order said as an offer, inside a run-on (PLAN_LEAD
// reads one that opens the sentence).
const LET_ME_ORDER =
  /(?<=\b(?:and|then|but|now|so)\s+)let (?:me|us)\s+(?=(?:order|prescribe|refer|start|continue|increase|decrease|schedule|send|add|switch|stop|restart|resume|hold)\b)/gi;

const META_TALK =
  /^(?:(?:no|sorry|oh)\s*,?\s+)?(?:i|we) (?:was|were) (?:just |only )?(?:referring|asking|talking|speaking) (?:to|about)\b|^(?:(?:no|sorry)\s*,?\s+)?(?:i|what i) meant\b/i;

/**
 * A sentence in the imperative: it opens with a verb of advice ("wear the lace-up brace", "finish
 * all ten days", "weigh yourself every morning"), not with a subject. Instructions during the exam
 * ("take a deep breath") are not advice.
 */
export const INSTRUCTION =
  /^(?:please\s+)?(?:wear|ice|weigh|finish|take(?! (?:a|some|a couple of) (?:deep |big )?breaths?)|apply|elevate|avoid|keep|continue|stop|start|use|rest|drink|message|call|schedule|return|try|limit|cut back on|hold|increase|decrease|walk|stretch|watch|follow up|come back)\b/i;

export interface RewriteOptions {
  speaker: Speaker;
  pronoun: Pronoun;
}

/**
 * Rewrite a spoken sentence as concise third-person note text, numbers as digits:
 * "I've had this headache for three days" → "Reports headache for 3 days";
 * "I'm going to prescribe ibuprofen 400 mg" → "Ibuprofen 400 mg prescribed".
 */
export function rewriteSentence(spoken: string, options: RewriteOptions): string {
  // "Not great, my ankles are swollen": the answer to "how are you" is no part of it (how-answer.ts).
  const said = withoutHowAnswer(cleanSpeech(spoken)).replace(/[.?!]+$/, '');
  const narrated = withoutNarration(said);
  // What is left once the narration is gone must still say something ("with your shoulder, have you
  // had any numbness" leaves "with your shoulder").
  if (narrated !== said && words(narrated).length < 4) return '';
  const clean = narrated
    .replace(NARRATION, '')
    .replace(APOLOGY, '')
    .replace(LETS_FALSE_START, '')
    .replace(PLAN_ANNOUNCEMENT, '')
    .replace(WHEN_I_LOOK, '')
    .replace(WHAT_I_FIND, '')
    .replace(HERE_IS, '')
    .replace(LET_ME_NOTE, '')
    // Dictation to the recorder about the note's form ("use my general physical exam template").
    .replace(
      /\b(?:i\s+)?(?:please\s+)?(?:use|used|using) (?:my|the) (?:[\w-]+ ){0,4}template(?: for)?[,:]?\s*/gi,
      '',
    )
    .replace(/,?\s*\bend of (?:the )?dictation\b[.,]?\s*$/i, '')
    .replace(LETS_PLAN, 'plan to ')
    .replace(/\blet's plan\b/gi, 'plan')
    .replace(LET_ME_ANY, 'will ')
    .replace(LETS_ANY, 'plan to ')
    .replace(LET_ME_ORDER, 'will ')
    .replace(/^[,\s]+/, '');
  if (!clean) return '';
  // The clinician explaining their own words ("I was referring to drug allergies", "what I meant
  // was the left side"): talk about the talk, which the answer that follows documents.
  if (options.speaker === 'clinician' && META_TALK.test(clean)) return '';
  // A companion's "I" is not the patient: their words are told of the companion.
  // A carer told what to give ("you can give motrin for the fever") is the one who gives, whoever the
  // sentence was taken to be said by.
  if (options.speaker === 'other')
    return finish(firstToCompanion(addresseeToClinician(caregiverGives(clean))));
  const text =
    options.speaker === 'clinician' && !isPatientAccount(clean)
      ? // The hedges the clinician's voice takes out can leave an exam act opening a clause
        // ("feeling your neck, I do feel like your thyroid is enlarged"): taken out in turn.
        withoutNarration(
          clinicianPlans(
            clinicianVoice(
              rewriteClinician(caregiverGives(withoutHedge(observedAsFinding(clean))), options.pronoun),
            ),
          ),
        )
      : patientYou(
          impersonalYou(
            addresseeToClinician(rewritePatient(caregiverGives(clean), options.pronoun)),
            options.pronoun,
          ),
          options.pronoun,
        );
  return finish(text);
}

/**
 * A "you" still left in a sentence given to the patient, once the "you" that means the clinician
 * and the impersonal "you" are read: the patient being spoken to ("you have a history of seizures",
 * "your ankles are swollen"), a clinician's sentence the speaker label or the role model gave to
 * the patient. A question keeps its "you" (it is dropped or answered, never rewritten).
 */
function patientYou(text: string, pronoun: Pronoun): string {
  if (
    !/\b(?:you|your|yours|yourself)\b/i.test(text) ||
    /^(?:do|does|did|are|is|have|has|can|could|would|will|how|what|when|where|why|which|any)\b/i.test(text)
  )
    return text;
  return secondToThird(text.replace(/,?\s*\bthank you\b[,.!]?/gi, ''), pronoun);
}

function rewritePatient(s: string, pronoun: Pronoun): string {
  const reports =
    /^i(?:'ve| have)?\s+(?:been\s+)?(?:having|had|got|gotten|experiencing|noticed|noticing|dealing with)\s+(?:this|a|an|some|the|these|that)?\s*(.+)$/i.exec(
      s,
    ) ?? /^i'm\s+(?:having|experiencing|noticing)\s+(?:this|a|an|some|the|these|that)?\s*(.+)$/i.exec(s);
  if (reports?.[1] && !/^(to|been|a lot of fun)\b/i.test(reports[1]))
    return `Reports ${firstToThird(` ${reports[1]}`, pronoun)}`;
  const denies =
    /^i\s+(?:do not|don't|have not|haven't|did not|didn't)\s+(?:have|had|notice|noticed|experience|experienced|get|got|gotten)\s+(?:any\s+)?(.+)$/i.exec(
      s,
    );
  // "I don't have no allergies" is a denial of allergies, not of "no allergies".
  if (denies?.[1]) return `Denies ${firstToThird(` ${denies[1].replace(/^(?:no|any)\s+/i, '')}`, pronoun)}`;
  return firstToThird(s, pronoun);
}

const FOLLOW_UP =
  /^(?:(?:let us|let's|i'd like to|i would like to|i want to|we'll|we will|i'll|i will|please)\s+)?(?:see (?:you|him|her|them)|come back|follow up|return)(?: back| again)?(?: with me)?(?: to (?:the )?clinic)? in (\d+ (?:hours?|days?|weeks?|months?))(.*)$/i;

// "For his migraines, let's continue the Imitrex" names the problem the order belongs to.
const PROBLEM_LEAD =
  /^(?:(?:and|so|now|then)\s+)?(?:for|regarding|in terms of|as far as|as for|with regards? to|moving on to)\s+(?:(?:his|her|their|your|the)\s+)?(?:(?:first|second|third|fourth|next|last|other)\s+)?(?:(?:problem|issue|diagnosis|condition)\s+)?(?:(?:of|with)\s+)?(?:(?:his|her|their|your|the)\s+)?([a-z][a-z0-9' -]{2,40}?)\s*,\s*(.{6,})$/i;

// A clause of reason, condition or time after an order's object ("since ...", "until ...").
const REASON_CLAUSE = /\s(?=(?:since|because|until|unless|while|when|if|given|due to|as long as)\s)/i;

function rewriteClinician(spoken: string, pronoun: Pronoun): string {
  let problem = PROBLEM_LEAD.exec(spoken);
  // "For his next problem, for his migraines, ..." names the problem in the second lead.
  while (problem?.[1] && problem[2] && /^(problem|issue|diagnosis|condition)$/i.test(problem[1]))
    problem = PROBLEM_LEAD.exec(problem[2]);
  if (problem?.[1] && problem[2] && !/\b(you|your|i|we)\b/i.test(problem[1])) {
    const rest = rewriteClinicianClause(problem[2], pronoun);
    return `${problem[1].charAt(0).toUpperCase()}${problem[1].slice(1)}: ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
  }
  return rewriteClinicianClause(spoken, pronoun);
}

function rewriteClinicianClause(spoken: string, pronoun: Pronoun): string {
  // ACI-Bench clinicians talk to the ambient scribe ("hey dragon, order ..."); keep the order only.
  // "I think"/"I know" in front of a finding is conversational hedging, not content.
  const s = spoken
    .replace(/^hey,?\s*dragon,?\s*/i, '')
    .replace(
      /^(?:(?:and|so|but|now|okay)\s+)?i (?:think|know|see|believe|feel like)(?: here)?(?: that)?,?\s+(?=\S+\s+\S)/i,
      '',
    );
  // "Let us see you again in 4 weeks", "come back in 48 hours if you're not better".
  const followUp = FOLLOW_UP.exec(s);
  if (followUp?.[1])
    return `Follow-up in ${followUp[1]}${secondToThird(` ${followUp[2] ?? ''}`, pronoun).replace(/^\s*/, ' ')}`;
  // "On exam I hear crackles at the right lung base" → the finding.
  const heard =
    /^(?:on (?:physical )?exam(?:ination)?,?\s+)?i (?:hear|feel|see|notice|appreciate)\s+(.+)$/i.exec(s);
  if (heard?.[1]) return `On exam, ${secondToThird(` ${heard[1]}`, pronoun)}`;
  const wantYou = /^i(?:'d| would)? (?:want|like) you to\s+(.+)$/i.exec(s);
  // "I want you to come back in 2 weeks" is the follow-up itself.
  const wantedFollowUp = wantYou?.[1] ? FOLLOW_UP.exec(wantYou[1]) : null;
  if (wantedFollowUp?.[1])
    return `Follow-up in ${wantedFollowUp[1]}${secondToThird(` ${wantedFollowUp[2] ?? ''}`, pronoun).replace(/^\s*/, ' ')}`;
  if (wantYou?.[1]) return `Advised to ${secondToThird(` ${wantYou[1]}`, pronoun)}`;
  // "Wear the brace and ice it", "weigh yourself every morning": an instruction is advice given.
  if ((INSTRUCTION.test(s) || givesCareAdvice(s)) && !/^(?:order|prescribe)\s/i.test(s)) {
    const advice = conditionLast(s);
    return `Advised to ${secondToThird(` ${advice.charAt(0).toLowerCase()}${advice.slice(1)}`, pronoun).replace(/\bus\b/gi, 'the clinic')}`;
  }
  const lead = PLAN_LEAD.exec(s);
  const afterLead = lead ? s.slice(lead[0].length) : /^(order|prescribe)\s/i.test(s) ? s : undefined;
  const plan = afterLead ? PLAN_VERB.exec(afterLead) : null;
  if (plan?.[1] && plan[2]) {
    const verb = plan[1].toLowerCase();
    const object = secondToThird(` ${plan[2]}`, pronoun)
      // "Get her in for a stress test": the test is what is ordered.
      .replace(/^(?:(?:him|her|them|the patient)\s+)?in for\s+/i, '')
      .replace(/^(a|an|the|some|his|her|their)\s+/i, '')
      .replace(/,\s*(?=\d|once|twice|daily|every|by mouth)/gi, ' ');
    // The reason or condition said after the order stays after the participle: "hold the ibuprofen
    // since her kidney numbers are up" → "Ibuprofen held since her kidney numbers are up".
    const why = REASON_CLAUSE.exec(object);
    const head = why ? object.slice(0, why.index) : object;
    const reason = why ? ` ${object.slice(why.index + 1)}` : '';
    // Short orders read best as "Ibuprofen 400 mg prescribed"; longer ones keep their clause order.
    // A pronoun is no order ("get it under better control" is not "It under better control ordered").
    if (
      head.split(' ').length <= 8 &&
      !/\b(to|so|and|because|if|that)\b|,/i.test(head) &&
      // Nor is a clause ("recommend we hold off") or a place ("get her in for ...").
      !/^(?:it|them|him|this|that|those|these|there|back|more|better|like|we|i|you|she|he|they|in|into|on|up|out|with|at)\b/i.test(
        object,
      )
    ) {
      // "Refer her to physical therapy" → "Referred to physical therapy", never "Physical therapy referred".
      if (verb === 'refer') return `Referred to ${head}${reason}`;
      // "Switch you to a stronger ointment" → "Switched to stronger ointment", never "Stronger
      // ointment switched" (which reads as if the ointment were what was stopped).
      if (
        verb === 'switch' &&
        /^switch\s+(?:(?:you|him|her|them|the patient)\s+)?(?:over\s+)?to\s/i.test(afterLead ?? '')
      )
        return `Switched to ${head}${reason}`;
      // "Check your potassium today" → "Potassium ordered today", the day after the order.
      const day = /\s+(today|this (?:morning|afternoon|week))$/i.exec(head);
      const ordered = day ? head.slice(0, day.index) : head;
      return `${ordered} ${PARTICIPLE[verb] ?? verb}${day ? ` ${day[1]}` : ''}${reason}`;
    }
    return `Will ${verb} ${object}`;
  }
  return secondToThird(s, pronoun);
}

// Contractions written out, as notes are written; "going to" reads as "will".
const EXPANSIONS: Array<[RegExp, string | ((...groups: string[]) => string)]> = [
  [/\bcan't\b/gi, 'cannot'],
  [/\bwon't\b/gi, 'will not'],
  [/n't\b/gi, ' not'],
  [/'ll\b/gi, ' will'],
  [/\bi'm\b/gi, 'I am'],
  [/'ve\b/gi, ' have'],
  [/'re\b/gi, ' are'],
  // "If he's still got a fever" (and speech recognition's "if he is still got a fever"): "if he still
  // has a fever".
  [
    /\b(he|she|it|they|you|we)(?:'s|'re| is| are)\s+(still|also|already|now|just|only)\s+got\b/gi,
    (_m: string, who: string, when: string) =>
      `${who} ${when} ${/^(?:he|she|it)$/i.test(who) ? 'has' : 'have'}`,
  ],
  [/\b(he|she|it)\s+is\s+got\b/gi, '$1 has'],
  [/\b(it|that|there|he|she|what)'s (been|had|got|gotten)\b/gi, '$1 has $2'],
  // "Your blood pressure's been running high": after a noun, "'s been" is "has been".
  [/\b([a-z]+)'s (been|gotten)\b/gi, '$1 has $2'],
  [/\b(it|that|there|he|she|what)'s\b/gi, '$1 is'],
  [/\b(is|are|am) going to\b/gi, 'will'],
  [/,(\s*,)+/g, ','],
  [/\bi\b(?!\.)/g, 'I'],
  // A check that the listener follows ("..., does that sound like a plan") ends nothing clinical.
  [
    /[,\s]+(?:does|do|is|would) (?:that|this|it) (?:sound (?:good|okay|ok|alright|all right|fair|like a (?:plan|good plan))|make sense|work for (?:you|her|him|them|the patient)|seem (?:okay|fair|reasonable))\s*$/i,
    '',
  ],
];

// A run-on sentence cut where the speaker went on: the words left hanging at its end.
const DANGLING_END =
  /(?:[,;:]|\s+(?:and|or|but|so|because|the|a|an|of|to|for|with|at|from|into|by|about|than|if|his|their|my|your|he|she|they|we|I|be|been|some|any|very|just|(?<!(?:would|'d)\s+)like|though|okay|which|let|let's))+\s*$/i;

// Each expansion only looked for in a sentence with the words it needs (rule-gate.ts).
const EXPANSIONS_IN_TURN = replacingInTurn(EXPANSIONS);

function finish(text: string): string {
  let s = EXPANSIONS_IN_TURN(text);
  s = s
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/[.!]+$/, '')
    .replace(DANGLING_END, '')
    .trim();
  if (!s) return '';
  const capital = s.charAt(0).toUpperCase() + s.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
