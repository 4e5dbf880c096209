/**
 * Wording only the clinician uses in a visit: a first-person opinion or plan about the patient's
 * care ("I think we should start…", "I recommend surgery", "we'll restart the furosemide", "let's
 * get an x-ray") or reasoning toward a diagnosis ("given the crackles and fever, this is most likely
 * pneumonia"). A patient's "I think it started Tuesday" or "I'll start walking" is not matched: the
 * opinion has to address the patient's care or name the reasoning.
 */
const OPINION =
  /\bi (?:think|believe|feel) (?:that )?(?:we|you) (?:should|need to|ought to|will need|could try)\b|\bi (?:think|believe|feel) (?:that )?(?:the best (?:course|option|plan|thing|treatment|next step)|it would be best|your (?:best|next))\b|\bi(?:'d| would)? (?:strongly |also |then )?(?:recommend|advise)\b|\bmy (?:recommendation|advice|impression|assessment)\b|\bi(?:'m| am) (?:going to|gonna) (?:prescribe|order|refer|send you|put you on|start you on|increase your|decrease your|restart your|stop your)\b|\b(?:we'll|we will|let's|let us|we're going to|we are going to|we should|we need to|i'd like to|i would like to|i want to) (?:start|restart|stop|increase|decrease|prescribe|order|get|check|refer|schedule|switch|add|give you|put you on|send you|draw|repeat|obtain|use|try|apply|arrange|book)\b/i;

const REASONING =
  /^(?:so,? )?(?:given|based on) (?:the|your|his|her|their|these|those|this|that)\b.*\b(?:likely|probably|consistent with|suggests?|points? to|is|are|looks like|sounds like|seems)\b|\b(?:this|that|it) (?:is|'s|looks|sounds) (?:most likely|probably|likely|consistent with|suggestive of)\b|\b(?:is|are|looks|sounds|seems)(?: like)? (?:most likely|consistent with|suggestive of)\b/i;

// "Her asthma isn't well controlled", "the rash is eczema flaring": how a problem is doing, as judged.
const JUDGED =
  /\b(?:is|are|isn't|aren't|is not|are not)(?: not)? (?:well |poorly |under |not well )?(?:controlled|flaring|improving|resolving|worsening)\b|\b(?:an? )?(?:exacerbation|flare(?:-up)?) of\b|^(?:this|that|it) (?:looks|sounds|seems) like (?:an? )?\w+ \w+/i;

/**
 * Whether a sentence is worded as the clinician's opinion, plan or diagnostic reasoning. With
 * `unsure` (the role model hardly preferred one speaker), a judgement of how a problem is doing
 * counts too: patients report how they feel, clinicians judge control.
 */
export function isClinicianOpinion(text: string, unsure = false): boolean {
  return OPINION.test(text) || REASONING.test(text) || (unsure && JUDGED.test(text));
}
