/**
 * The clinician telling the diagnosis in conversation rather than dictating it: "this is what we
 * call sciatica", "I'm fairly sure this is a flare of your eczema", "it looks like a sinus infection",
 * "so your blood pressure's been running high, that's hypertension", "what you've got is shingles".
 * A clause (the sentence's start, or after a comma or "and"/"so"/"but") that opens with "this", "that"
 * or "it" and a verb of naming, after an optional hedge. Only called for the clinician's sentences that
 * name a problem from the lexicon: the naming clause must be followed by that problem's words, which
 * the caller knows, and not by what rules a problem out ("it's not ...", "it's nothing ...").
 */

// How sure the clinician says they are: the assessment all the same.
const HEDGE =
  "(?:i(?:'m| am) (?:fairly|pretty|quite|very|almost|reasonably|relatively)? ?(?:sure|certain|confident)(?: that)?|i (?:think|suspect|believe|bet|reckon)(?: that)?|my (?:guess|impression|sense|feeling) is(?: that)?|(?:most )?likely|probably|definitely|clearly)";
// "this is", "that's", "it looks like", "what you've got is", "what he has is".
const NAMER =
  "(?:(?:this|that|it)(?:'s| is| looks like| sounds like| seems like| seems to be| appears to be| looks to be| would be)|what (?:you|he|she|they)(?:'ve| have|'s| has)(?: got)? is)";
// The naming words that may follow ("what we call", "a flare of").
const CALLED =
  "(?:(?:most |very |more than )?likely |probably |definitely |just )?(?:(?:what (?:we|they|doctors|people) (?:call|refer to as)|what(?:'s| is) called|called|known as|a condition called) )?";
// Speech recognition often writes no comma: "... been running high that's hypertension" starts the
// clause after a word that ends one (a level or a change said of the problem).
const CLAUSE_START =
  "(?:^|[,;:]\\s*|\\b(?:and|so|but|which)\\s+|\\b(?:high|low|up|down|worse|better|again|today|now|here|there)\\s+(?=(?:this|that|it)(?:'s| is)\\s))";
// What does not name a problem after the naming words; nor does a finding said of a part ("and it's
// tender just in front of the fibula", "it's swollen", "it looks infected"): that is the exam; nor a
// status ("murmur, that is stable") or the plan ("this is the best course of action").
const NOT_NAMED =
  '(?!(?:not|nothing|no|never|fine|ok|okay|good|great|normal|going|getting|been|time|why|because|what|hard|tough|difficult|important|possible|up to|worth|just me|a good|the same|more|less|if|tender|sore|swollen|red|stiff|warm|hot|cold|itchy|broken|torn|worse|better|bigger|smaller|larger|lower|higher|clear|intact|there|here|in|on|at|from|over|under|still|also|very|quite|pretty|really|too|so|stable|unchanged|controlled|uncontrolled|resolved|negative|positive|benign|gone|back|new|old|the (?:best|right|plan|reason|option|main|only|next|first|last|thing|way|course|point|goal|key|treatment|one|problem|issue|question)|an? (?:plan|good|bad|great|sign|way|chance|reason|thing|course|bit|lot|option|question|step))\\b|[a-z]+(?:ed|ful|ous|ive|ing|ly)\\b)';

const TOLD = new RegExp(
  `${CLAUSE_START}(?:(?:so|okay|well|now|and)\\s*,?\\s+)*(?:${HEDGE},?\\s+)?${NAMER}\\s+${CALLED}${NOT_NAMED}(?=[a-z])`,
  'i',
);
// "if it's an infection", "whether it's gout", "to see if that is": the clinician wondering, not naming.
const WONDERING = /\b(?:if|whether|unless|rule out|make sure|see if|in case|when|once)\s+(?:this|that|it)\b/i;

/** Where the clause that names the diagnosis ends in the sentence (-1 when none). */
export function toldDiagnosisAt(text: string): number {
  const m = TOLD.exec(text);
  if (!m) return -1;
  if (WONDERING.test(text.slice(Math.max(0, m.index - 30), m.index + m[0].length))) return -1;
  return m.index + m[0].length;
}

/** Whether a clinician's (lowercased, cleaned) sentence names the diagnosis in conversation. */
export function tellsDiagnosis(text: string): boolean {
  return toldDiagnosisAt(text) >= 0;
}
