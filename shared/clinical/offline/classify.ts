import type { FactCategory } from '../template.js';
import type { Speaker } from '../transcript.js';
import { givesCareAdvice } from './care-advice.js';
import { namesLaySymptom } from './lay-symptoms.js';
import { firstMatching } from './rule-gate.js';
import { statesDiagnosis } from './stated-diagnosis.js';
import { words } from './tokens.js';
import { tellsDiagnosis } from './told-diagnosis.js';
import { WILL_DO } from './will-do.js';

const STOPWORDS = new Set(
  "a an the and or but so if then than that this these those there here it its it's is are was were be been being am do does did doing have has had having i me my we us our you your he she him her his they them their what which who whom when where why how all any both each few more most other some such no nor not only own same too very can will just should now to of in on at by for with about against between into through during before after above below from up down out off over under again further once also really um uh okay yeah yes well like get got go going gon na wan know think mean kind sort lot little bit thing things stuff right sure oh alright".split(
    ' ',
  ),
);

/** Words that carry content (not stopwords), the yardstick for "is there anything to document". */
export function contentWords(text: string): string[] {
  return words(text).filter((w) => !STOPWORDS.has(w) && w.length > 1);
}

// The patient's own account of an injury or an onset event (what they did, what they felt give) or
// of a lapse in a medicine (ran out, stopped, missed, skipped, forgot, could not afford).
const INJURY_OR_LAPSE =
  /\b(?:i|we|he|she)(?: (?:just|kind of|kinda|sort of|accidentally|probably))? (?:twisted|rolled|sprained|strained|pulled|tweaked|jammed|tore|broke|fractured|dislocated|injured|hurt|banged|bumped|hit|smacked|landed|tripped|slipped|fell|collapsed|passed out|fainted|blacked out|ran out|stopped taking|quit taking|stopped the|stopped my|quit the|quit my|missed|skipped|forgot to take|forgot my|have(?: not|n't) been taking|haven't taken|couldn't afford|could not afford|never (?:filled|picked up|started))\b|\b(?:heard|felt) (?:a|something) (?:pop|snap|crack|tear|rip|give)\b|\bcame off (?:my|the|her|his)\b/;

/** True when a patient's sentence tells how an injury or onset happened, or a lapse in a medicine. */
export function tellsInjuryOrLapse(lowerText: string): boolean {
  return INJURY_OR_LAPSE.test(lowerText);
}

const PATIENT_CUES: Array<[FactCategory, RegExp]> = [
  ['allergy', /\ballerg(y|ies|ic)\b/],
  [
    'family',
    /\b(mother|mom|father|dad|brother|sister|aunt|uncle|grandmother|grandfather|grandma|grandpa|parents|siblings?|cousin)\b.*\b(had|has|have|history|died|passed|diagnosed|with)\b/,
  ],
  [
    'social',
    /\b(smok\w*|cigarettes?|vap\w+|drink\w*|alcohol|beers?|wine|marijuana|drugs|exercis\w*|gym|work(ing)? (as|at)|my job|retired|married|divorced|live with|living with)\b/,
  ],
  // How it happened and what the patient did with a medicine, in few words ("I twisted my ankle
  // stepping off a curb", "I heard a pop", "I ran out of my water pill"): the history of the visit,
  // however short (a short remark without clinical terms is otherwise chatter).
  ['hpi', INJURY_OR_LAPSE],
  [
    'history',
    /\b(history of|in the past|years ago|surgery|surgeries|diagnosed with|used to|had a (stroke|heart attack)|was told i had)\b/,
  ],
];

const CLINICIAN_CUES: Array<[FactCategory, RegExp]> = [
  [
    'follow-up',
    /\b((follow[- ]?up|come back|see (you|her|him|them)( back| again)?|return)( with me)?( to (clinic|the clinic|see me))? in \d+ (hours?|days?|weeks?|months?|years?)|come back and see me|follow up with me|(come back|return|call (us|me|the office)) (if|sooner if|right away if)|come back if)\b/,
  ],
  [
    'plan',
    /^(?:please |so |and |then )?(?:take (?!a (?:deep |big )?breath)|finish|wear|ice|avoid|apply|elevate|weigh yourself|keep taking|make sure (?:you|to) take|message us|call (?:us|the office))|\b(prescrib\w*|order\w*|refer\w*|referral|schedul\w*|start (you|her|him) on|recommend\w*|(going to|gonna|want to|like to|we'll|we will|we should|need to|let's|i'll|i will|(?:my|the|our) plan (?:is|would be) to) (?:(?:also|just|then|probably|go ahead and) )?(get|give|put|check|recheck|send|start|restart|stop|switch|add|order|increase|decrease|bump|continue|prescribe|refer|schedule|obtain|draw|repeat|use|try|apply|arrange|book|hold|discontinue|resume|taper|titrate|wean)|(we can|we could|we'd) (?:(?:also|just|then|probably|go ahead and) )?(check|recheck|send|start|restart|stop|switch|add|order|increase|decrease|bump|continue|prescribe|refer|schedule|repeat|try|arrange|book|hold|discontinue|resume|taper|titrate|wean)|so (keep|continue|stay on)|the best (course|option|plan|treatment|next step)|(want|like) you to \w+|stop taking|hold off|what (?:i|we)(?:'d| would)? (?:like|want|need) to do)\b/,
  ],
  [
    'vitals',
    /\b(blood pressure|vital signs|vitals|heart rate|oxygen|temperature)\b.*\b(elevated|high|low|normal|good|great|fine|stable|controlled|looks?)\b|\bweight is (up|down)\b/,
  ],
  [
    'results',
    /\b(x-?rays?|mri|ct scan|cat scan|ultrasound|echo(cardiogram)?|ekg|ecg|labs?|lab work|blood work|a1c|hemoglobin|cholesterol|panel|results?|came back|urinalysis|culture|biopsy|imaging)\b/,
  ],
  [
    'exam',
    /\b(on (physical )?exam\w*|on palpation|tender\w*|palpat\w*|range of motion|lungs?|heart (sounds?|is|rate)|murmurs?|auscultation|i (hear|feel|see|notice|appreciate)|edema|reflexes|strength|sensation|pulses|abdomen|bruising|effusion|swelling|swollen|erythema|redness|laxity|ecchymosis|crepitus|deformity|instability|rash|lesions?|neck is|no (focal|obvious)|crackles|wheez\w*|rales|rhonchi)\b|\b(ear ?drums?|tympanic|throat|pharynx|tonsils|skin|incision|wound|joint|ankle|knee|wrist|shoulder|hip|foot|hand|eyes?|pupils)\b.*\b(is|are|looks?|appears?)\b.*\b(red|clear|normal|bulging|swollen|inflamed|erythematous|intact|soft|warm|healing|dull)\b/,
  ],
  [
    'assessment',
    /\b(diagnos\w*|impression|consistent with|i (?:do not |don't )?think (you|it|this|that|she|he)|sounds like|looks like|likely|problem)\b/,
  ],
];

// The first cue of each list a sentence says, each only tried where its words are (rule-gate.ts).
const patientCue = firstMatching(PATIENT_CUES, ([, re]) => re);
const clinicianCue = firstMatching(CLINICIAN_CUES, ([, re]) => re);

const TEST_WORD =
  /\b(?:test(?:ing|s)?|x-?rays?|scans?|mri|ultrasound|ecg|ekg|blood (?:work|tests?)|bloods|labs?|swabs?|cultures?|biopsy|injections?|referral|antibiotics?)\b/;

// Reasoning toward a diagnosis, or how a known problem is doing.
const REASONING =
  /\b(most likely|probably|likely|consistent with|suggestive of|suggests|points to|exacerbation|flare|due to|caused by|because (of|the|your|his|her|their)|(is|are|isn't|aren't|is not|are not|has been|have been|has|have|has got|have got) (getting |gotten |become |got )?(worse|better|improved|improving|worsening|stable|controlled|uncontrolled|well controlled|not well controlled|under control))\b/;

// Within the assessment and plan, these are plan items too.
const PLAN_IN_AP =
  /\b(continue|increase|decrease|physical therapy|injection|surgery|brace|ice|rest|monitor|avoid|diet|exercise|labs?|x-?ray|mri|ultrasound|medication|mg)\b/;

// Tuned on ACI-Bench train: shorter patient remarks without clinical terms are mostly chatter.
const MIN_PATIENT_CONTENT_WORDS = 6;

export interface ClassifyInput {
  speaker: Speaker;
  /** Lowercased cleaned text of the sentence. */
  text: string;
  /** Category announced by the last spoken header ("on physical exam"), if still current. */
  mode: FactCategory | undefined;
  hasVitals: boolean;
  hasDrug: boolean;
  hasProblem: boolean;
}

/** The fact category of a sentence, or undefined when there is nothing to document. */
export function classifySentence(input: ClassifyInput): FactCategory | undefined {
  const { text, mode } = input;
  const content = contentWords(text).length;
  const clinical = input.hasDrug || input.hasProblem || /\d/.test(text);
  if (input.hasVitals) return 'vitals';
  if (input.speaker === 'clinician') {
    // "No fever.": a negative the clinician states (reviewing systems, or reading back what the
    // patient said) documents it; it is not conversation to drop.
    if (input.hasProblem && !mode && /^(?:no|denies|without)\b/.test(text)) return 'ros';
    // The dictated one-liner ("a 62 year old male with ...") opens the history.
    if (/\b\d+[- ]years?[- ]old\b/.test(text) && !mode) return 'hpi';
    // "This is an exacerbation of heart failure": the clinician naming the problem is the assessment.
    // So is "he has a right middle ear infection": the diagnosis told in so many words (stated-diagnosis.ts).
    const namesProblem =
      input.hasProblem &&
      (/^(this|that|it)( is|'s| looks like| seems like| sounds like)\b/.test(text) ||
        statesDiagnosis(text) ||
        // "I'm fairly sure this is a flare of your eczema", "..., that's hypertension" (told-diagnosis.ts).
        tellsDiagnosis(text));
    // "Make sure he drinks plenty", "go to the ER if ...": advice and return precautions (care-advice.ts).
    // An exam or results word inside a return precaution ("if there's swelling behind the ear, bring
    // him back") is its condition: the advice is the plan.
    const said = clinicianCue(text)?.[0];
    const found =
      (said === undefined || said === 'exam' || said === 'results') && givesCareAdvice(text) ? 'plan' : said;
    // "Given the crackles and fever, this is most likely pneumonia": reasoning about a problem is
    // the assessment, whatever exam or results words it cites (an order said with it stays a plan).
    const reasons = input.hasProblem && REASONING.test(text) && found !== 'plan' && found !== 'follow-up';
    const cue = namesProblem || reasons ? 'assessment' : found;
    if (mode === 'assessment' || mode === 'plan') {
      if (cue === 'follow-up' || cue === 'plan' || PLAN_IN_AP.test(text))
        return cue === 'follow-up' ? cue : 'plan';
      return content >= 3 ? 'assessment' : undefined;
    }
    if (mode === 'exam' || mode === 'results' || mode === 'vitals') {
      if (cue === 'plan' || cue === 'follow-up' || cue === 'assessment' || cue === 'vitals') return cue;
      if (cue === 'results' || mode === 'results') return content >= 2 ? 'results' : undefined;
      return content >= 2 ? 'exam' : undefined;
    }
    // "We'll do amoxicillin, it's weight based", "we can do patch testing": a treatment or test the
    // clinician will do is the plan.
    if (!mode && (input.hasDrug || TEST_WORD.test(text)) && WILL_DO.test(text)) return 'plan';
    if (cue === 'exam' && !clinical && content < 3) return undefined;
    if (cue) return cue;
    if (mode) return content >= 3 ? mode : undefined;
    return content >= 4 && clinical ? 'hpi' : undefined;
  }
  const cue = patientCue(text)?.[0];
  if (cue) return cue;
  if (input.hasDrug) return 'medication';
  if (input.hasProblem) return 'symptom';
  // "My ankles are really swollen", "I'm exhausted": what they feel, in everyday words, is history.
  // ("It hurts." alone, said under the examiner's hand, is no history: two words and the patient's own
  // "I" or "my", or three.)
  if ((content >= 3 || (content >= 2 && /\b(?:i|i'm|i've|my)\b/.test(text))) && namesLaySymptom(text))
    return 'hpi';
  // Patient statements without a symptom, drug or number need substance to be worth a line.
  return content >= MIN_PATIENT_CONTENT_WORDS || (content >= 2 && /\d/.test(text)) ? 'hpi' : undefined;
}
