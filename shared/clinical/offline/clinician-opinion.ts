/**
 * Wording only the clinician uses in a visit: a first-person opinion or plan about the patient's
 * care ("I think we should start…", "I recommend surgery", "we'll restart the furosemide", "let's
 * get an x-ray") or reasoning toward a diagnosis ("given the crackles and fever, this is most likely
 * pneumonia"). A patient's "I think it started Tuesday" or "I'll start walking" is not matched: the
 * opinion has to address the patient's care or name the reasoning.
 */
const OPINION =
  /\bi (?:think|believe|feel) (?:that )?(?:we|you) (?:should|need to|ought to|will need|could try)\b|\bi (?:think|believe|feel) (?:that )?(?:the best (?:course|option|plan|thing|treatment|next step)|it would be best|your (?:best|next))\b|\bi(?:'d| would)? (?:strongly |also |then )?(?:recommend|advise)\b|\bmy (?:recommendation|advice|impression|assessment)\b|\bi (?:think|believe|suspect|feel like|am worried|'m worried|am concerned|'m concerned) (?:that |about )?your (?!(?:pa|np|nurse|nurses|office|notes|records|chart|staff|team|colleague|partner|assistant|clinic|practice|front desk|receptionist|doctor)\b)[a-z]|\bi(?:'m| am) (?:going to|gonna) (?:prescribe|order|refer|send you|put you on|start you on|increase your|decrease your|restart your|stop your)\b|\b(?:we'll|we will|let's|let us|we're going to|we are going to|we should|we need to|i'd like to|i would like to|i want to) (?:start|restart|stop|increase|decrease|prescribe|order|get|check|refer|schedule|switch|add|give you|put you on|send you|draw|repeat|obtain|use|try|apply|arrange|book)\b/i;

const REASONING =
  /^(?:so,? )?(?:given|based on) (?:the|your|his|her|their|these|those|this|that)\b.*\b(?:likely|probably|consistent with|suggests?|points? to|is|are|looks like|sounds like|seems)\b|\b(?:this|that|it) (?:is|'s|looks|sounds) (?:most likely|probably|likely|consistent with|suggestive of)\b|\b(?:is|are|looks|sounds|seems)(?: like)? (?:most likely|consistent with|suggestive of)\b/i;

// "Her asthma isn't well controlled", "the rash is eczema flaring": how a problem is doing, as judged.
const JUDGED =
  /\b(?:is|are|isn't|aren't|is not|are not)(?: not)? (?:well |poorly |under |not well )?(?:controlled|flaring|improving|resolving|worsening)\b|\b(?:an? )?(?:exacerbation|flare(?:-up)?) of\b|^(?:this|that|it) (?:looks|sounds|seems) like (?:an? )?\w+ \w+/i;

// What only the clinician has done or asks for: an order, a prescription or a referral already made
// ("I went ahead and ordered an echo", "I've sent a referral to physical therapy", "I spoke with your
// cardiologist"), and an instruction put as a wish ("I want you to come back in 2 weeks", "I'd like
// you to keep the brace on"). A patient's own wish ("I want you to check my mole") asks, never orders.
const CLINICIAN_ACT =
  /\bi(?:'ve)?(?: went ahead and| have| already| also| just)* (?:ordered (?:an? |some |the |a few )?(?:x-rays?|mri|ct|cat scan|scan|ultrasound|echo\w*|labs?|blood (?:work|tests?)|tests?|ekg|ecg|culture|stress test|referral|holter)|prescribed|referred (?:you|him|her|them)|sent (?:a |the |in a |in the |over a |off a )?(?:referral|prescription|script|order)|put in (?:a|an|the) (?:order|referral|prescription)|spoke (?:with|to) your (?:cardiologist|surgeon|oncologist|doctor|therapist|psychiatrist|pediatrician|specialist|nurse|pharmacist))\b|\bi(?:'ll| will| am going to|'m going to) have (?:my|the) (?:nurse|medical assistant|staff|office|assistant|front desk)\b|\bi(?:'d| would)? (?:(?:also|really|just|still|do|definitely)\s+)?(?:want|like|need) you to (?:please )?(?:(?:also|just|really|still)\s+)?(?:wear|ice|weigh|finish|take|apply|elevate|avoid|keep|continue|stop|start|use|rest|drink|call|schedule|return|come back|follow up|try|limit|cut back|hold|increase|decrease|walk|stretch|watch|stay|book|make an appointment)\b/i;

// An examiner's finding in the first person ("I do see some swelling over the ankle", "I hear a
// soft murmur"), without the "my" of a patient telling of their own body ("I see a rash on my arm").
const EXAM_FINDING =
  /\bi(?: do| also| can| could| am|'m)? (?:see|notice|appreciate|hear|feel|palpate|seeing|noticing|hearing|feeling) (?:some|a|an|mild|moderate|significant|slight|no|any|trace|a little|a bit of|a small|a soft|a faint)\s+(?:[a-z-]+\s+){0,2}?(?:swelling|tenderness|effusion|murmur|crackles|rales|rhonchi|wheez\w*|erythema|bruising|edema|oedema|crepitus|laxity|warmth|fluid|masses|mass|nodules?|lymph nodes?)\b/i;

/**
 * Whether a sentence is worded as the clinician's opinion, plan or diagnostic reasoning. With
 * `unsure` (the role model hardly preferred one speaker), a judgement of how a problem is doing
 * counts too (patients report how they feel, clinicians judge control), and so does an exam finding
 * in the first person: a patient's "I" would say "my".
 */
export function isClinicianOpinion(text: string, unsure = false): boolean {
  return (
    OPINION.test(text) ||
    REASONING.test(text) ||
    CLINICIAN_ACT.test(text) ||
    (unsure && (JUDGED.test(text) || (EXAM_FINDING.test(text) && !/\bmy\b/i.test(text))))
  );
}
