/** How the note refers to the patient. */
export type Pronoun = 'she' | 'he' | 'they';

interface Forms {
  subject: string;
  object: string;
  possessive: string;
  reflexive: string;
  /** Subject that takes singular verbs ("she is"; "the patient is" for unknown gender). */
  singular: string;
}

/** The possessive standing alone ("mine", "yours"): hers, his, theirs. */
const ownPronoun = (f: Forms): string => (f.possessive === 'his' ? 'his' : `${f.possessive}s`);

const FORMS: Record<Pronoun, Forms> = {
  she: { subject: 'she', object: 'her', possessive: 'her', reflexive: 'herself', singular: 'she' },
  he: { subject: 'he', object: 'him', possessive: 'his', reflexive: 'himself', singular: 'he' },
  they: {
    subject: 'the patient',
    object: 'the patient',
    possessive: 'their',
    reflexive: 'themselves',
    singular: 'the patient',
  },
};

const IRREGULAR: Record<string, string> = {
  have: 'has',
  do: 'does',
  go: 'goes',
  am: 'is',
  are: 'is',
  "haven't": "hasn't",
  "don't": "doesn't",
  "aren't": "isn't",
  "'m": 'is',
  "'ve": 'has',
  "'re": 'is',
};
// Words between the subject and its verb that leave the verb's form alone (and any "-ly" adverb).
const ADVERBS = new Set(
  'last also still never always usually sometimes often only even already generally normally mostly probably definitely certainly recently now then kind sort really just actually currently mainly too ever hardly rarely barely almost maybe once occasionally'.split(
    ' ',
  ),
);
// Words that can follow "I" but are not a present-tense verb to put in the third person: modals,
// irregular past forms (and verbs whose past looks like their present), pronouns and connectives.
const NOT_PRESENT_VERB = new Set([
  ...`can could will would shall should may might must was were can't cannot won't wouldn't couldn't shouldn't didn't wasn't weren't hadn't and or but to in on at of for with as so because if when that myself personally i me my it its it's she he they we you this these those a an the not no never before after first then there here now again soon about like ought even still just also only too`.split(
    ' ',
  ),
  // Irregular past tenses, and verbs whose past is spelt like their present.
  ...'had did got went came became felt dealt took mistook shook saw thought fought sought bought brought taught caught told sold said made paid laid lay gave forgave knew grew blew flew drew threw left lost meant sent spent bent lent built kept slept swept wept crept ate fell broke spoke woke wore tore swore chose froze forgot drove rode wrote rose began ran sat spat stood understood sang rang drank swam sank shrank sprang swung slung stung hung stuck struck dug held led fed bled fled shot hid bit lit slid spun won found heard met hurt put quit cut set let hit read spread bet cost shut split upset burst'.split(
    ' ',
  ),
]);
// Verbs the clinician's "you" is the subject of ("you take", "you need"); after any other word
// "you" may be the object ("see you soon"), so the word is left as spoken.
const SECOND_PERSON_VERBS = new Set(
  'feel get take think want need know like try use work wake sleep eat drink smoke walk run notice see hear start stop live exercise forget remember play lift miss wear check keep wonder worry lose gain bleed cough sneeze vomit experience find tend seem believe agree say deal look mean struggle sit stand bend climb drive travel have do go carry continue follow weigh leave arrive breathe swallow'.split(
    ' ',
  ),
);

// Verbs a rewrite into the third person can leave bare after "he", "she" or "the patient" ("she
// tolerate it", "before he come back"): the ones said to or by a patient, beyond SECOND_PERSON_VERBS.
const BARE_AFTER_SUBJECT = new Set([
  ...SECOND_PERSON_VERBS,
  ...'come tolerate urinate pass heal appear hurt ache swell notice sleep rest eat breathe improve'.split(
    ' ',
  ),
]);
// A singular subject and the verb it governs, unless a word before the subject takes a bare verb
// after it ("let her go", "make him take", "did she take", "to help her sleep").
const BARE_VERB_AFTER_SUBJECT =
  /(?<!\b(?:let|make|help|see|watch|have|had|made|lets|helps|makes|should|would|could|can|will|did|does|do|to|may|might|must|shall)\s)\b(he|she|the patient) ((?:still|also|probably|just|never|usually|often|sometimes|always|really) )?([a-z]+)\b/gi;

/**
 * A singular third-person subject with the verb's form it needs ("she tolerate it" → "she tolerates
 * it", "he probably do not" → "he probably does not"): rewriting "you" and "I" can leave it bare.
 */
export function withVerbAgreement(text: string): string {
  return text.replace(BARE_VERB_AFTER_SUBJECT, (whole, subject: string, adverb = '', verb: string) =>
    BARE_AFTER_SUBJECT.has(verb.toLowerCase()) ? `${subject} ${adverb}${thirdPersonVerb(verb)}` : whole,
  );
}

const OBJECT_FOLLOWERS = new Set(
  "to and or for with at in on up out back down off over about from into before after until while during since a an the some this that these those something anything more today tomorrow now again know guys all i i'm i've i'll we we'll so but if when because here there as like very well through via by around across tonight later soon next regarding once unless".split(
    ' ',
  ),
);

// A conjunction that opens a clause whose subject follows it ("... if you", "... unless you").
// Also after the clause's "or"/"and" ("if the headaches worsen or you develop a fever").
const SUBORDINATOR_BEFORE =
  /\b(?:if|when|whenever|until|unless|once|before|after|while|because|since|as soon as|in case|every time|so that)\s*$|\b(?:if|when|whenever|until|unless)\b[^,.;:]*\b(?:or|and)\s*$/i;

/** The third-person singular of a present-tense verb ("remember" → "remembers"); other words as is. */
export function thirdPersonVerb(verb: string): string {
  const lower = verb.toLowerCase();
  const irregular = IRREGULAR[lower];
  if (irregular) return irregular;
  if (!/^[a-z]{2,}$/.test(lower) || NOT_PRESENT_VERB.has(lower) || ADVERBS.has(lower)) return verb;
  // Past forms, participles and adverbs keep their form ("noticed", "having", "really").
  if ((/ed$/.test(lower) && !/eed$/.test(lower)) || /(ing|ly|[^s]s)$/.test(lower)) return verb;
  if (/(ss|sh|ch|x|z|o)$/.test(lower)) return `${lower}es`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  return `${lower}s`;
}

/** Conjugate the verb after a subject we changed from "I"/"you" to the third person. */
function shiftSubject(subject: string, rest: string): string {
  const m = /^((?:[a-z]+ )?)([a-z']+)(.*)$/is.exec(rest);
  if (!m) return `${subject} ${rest}`;
  const [, maybeAdverb = '', word = '', tail = ''] = m;
  const adverb = maybeAdverb.trim();
  const isAdverb = (w: string) => ADVERBS.has(w.toLowerCase()) || /ly$/i.test(w);
  if (adverb && isAdverb(adverb)) return `${subject} ${adverb} ${thirdPersonVerb(word)}${tail}`;
  if (adverb) return `${subject} ${thirdPersonVerb(adverb)} ${word}${tail}`;
  return `${subject} ${thirdPersonVerb(word)}${tail}`;
}

// A companion (a parent, a partner, an interpreter) speaking of themselves: who they are to the
// patient is rarely said, so the note names them by their part in the visit.
const COMPANION: Forms = {
  subject: 'the companion',
  object: 'the companion',
  possessive: 'their',
  reflexive: 'themselves',
  singular: 'the companion',
};

/** Rewrite a patient's first-person sentence in the third person ("my knee hurts" → "her knee hurts"). */
export function firstToThird(text: string, pronoun: Pronoun): string {
  return firstPersonAs(text, FORMS[pronoun]);
}

/**
 * Rewrite a companion's first-person sentence in the third person ("I give him the inhaler at
 * night" → "the companion gives him the inhaler at night"): never as the patient's own words.
 */
export function firstToCompanion(text: string): string {
  return firstPersonAs(text, COMPANION);
}

function firstPersonAs(text: string, f: Forms): string {
  let s = ` ${text} `;
  s = s.replace(/ i'm /gi, ` ${f.singular} is `).replace(/ i am /gi, ` ${f.singular} is `);
  s = s
    .replace(/ i've /gi, ` ${f.singular} has `)
    .replace(/ i'd /gi, ` ${f.subject} would `)
    .replace(/ i'll /gi, ` ${f.subject} will `);
  s = s
    .replace(/ i (don't|do not) /gi, ` ${f.singular} does not `)
    .replace(/ i (didn't|did not) /gi, ` ${f.subject} did not `);
  // Every "I" with its verb: "I need ... and I get winded" → "she needs ... and she gets winded".
  s = s.replace(
    / i ([a-z']+)(?: (?!i\b)([a-z']+))?(?=[\s,;.!?])/gi,
    (_m, a: string, b: string | undefined) =>
      ` ${shiftSubject(f.singular, b === undefined ? a : `${a} ${b}`)}`,
  );
  s = s.replace(/ i /gi, ` ${f.subject} `);
  // "my" before a pause too ("forgot to take my, uh, inhaler" once the filler is gone).
  s = s.replace(/ my(?=[ ,;])/gi, ` ${f.possessive}`).replace(/ me([ ,.?!:;])/gi, ` ${f.object}$1`);
  s = s.replace(/ myself /gi, ` ${f.reflexive} `).replace(/ mine /gi, ` ${ownPronoun(f)} `);
  return s.trim();
}

/** Rewrite a clinician's second-person sentence about the patient ("your lungs are clear" → "her lungs ..."). */
export function secondToThird(text: string, pronoun: Pronoun): string {
  const f = FORMS[pronoun];
  let s = ` ${text} `;
  // After a verb that takes a person and an action ("have you come back", "let you know", "get you
  // checked out"), "you" is that verb's object.
  s = s.replace(
    / (have|has|had|let|make|made|help|get|got|see|seen|saw|seeing|met|meet|thank|want|need|ask|asked|tell|told|remind|send|sent|give|gave|bring|put|keep|call|start|started|on|for|to|with|at|from|about|by|of|into|toward|towards|show|showed) you /gi,
    ` $1 ${f.object} `,
  );
  s = s.replace(/ you're /gi, ` ${f.singular} is `).replace(/ you are /gi, ` ${f.singular} is `);
  s = s.replace(/ you've /gi, ` ${f.singular} has `).replace(/ you'll /gi, ` ${f.subject} will `);
  s = s.replace(/ you'd /gi, ` ${f.subject} would `);
  s = s
    .replace(/ you (don't|do not) /gi, ` ${f.singular} does not `)
    .replace(/ you (didn't|did not) /gi, ` ${f.subject} did not `);
  s = s.replace(/ you have /gi, ` ${f.singular} has `);
  s = s.replace(/ you were /gi, ` ${f.subject} was `);
  // "you" before a verb is the subject ("you take" → "she takes"); before a preposition, article or
  // the end of a clause it is the object ("i want you to", "i'll see you in 2 weeks").
  s = s.replace(
    / you (?:([a-z]+ly|also|still|never|always|usually|often|only|even|already|ever) )?([a-z']+)/gi,
    (_m, adverb: string | undefined, next: string, offset: number) => {
      if (OBJECT_FOLLOWERS.has(next.toLowerCase()) && !adverb) return ` ${f.object} ${next}`;
      // After "if", "when", "until" ... "you" is a clause's subject and the next word its verb
      // ("if you develop chest pain" → "if she develops chest pain"), whatever the verb.
      const subordinate = SUBORDINATOR_BEFORE.test(s.slice(0, offset));
      const verb = SECOND_PERSON_VERBS.has(next.toLowerCase()) || subordinate ? thirdPersonVerb(next) : next;
      return ` ${f.subject} ${adverb ? `${adverb} ` : ''}${verb}`;
    },
  );
  s = s.replace(/ your([ ,;])/gi, ` ${f.possessive}$1`).replace(/ yourself /gi, ` ${f.reflexive} `);
  s = s.replace(/ yours([ ,.;?!])/gi, ` ${ownPronoun(f)}$1`);
  s = s.replace(/ you([ ,.?!])/gi, ` ${f.object}$1`);
  return s.trim();
}

// Verbs whose subject "you", in what a patient or companion says, is the clinician being spoken to
// ("you told me to ...", "you prescribed ..."): reporting, prescribing and examining, in the past.
const CLINICIAN_ACTS =
  'told|said|mentioned|asked|recommended|prescribed|gave|suggested|advised|wanted|put|started|ordered|sent|changed|increased|decreased|switched|referred|explained|showed|checked|examined|found|diagnosed|called|wrote|did|saw|given|shown|written|done|seen';
const ADDRESSEE_SUBJECT = new RegExp(`\\byou (?:(had|have) )?(${CLINICIAN_ACTS})\\b`, 'gi');
const PERFECT: Record<string, string> = { had: 'had', have: 'has' };
// "you" as the object of meeting or talking to someone ("since I last saw you", "coming to you").
const ADDRESSEE_OBJECT =
  /\b((?:saw|see|seen|seeing|sees|visited|visit|visiting|told|tell|asked|ask|called|call|(?:came|come|coming|comes|went|go|going|been|talked|talk|talking|spoke|speak|speaking|emailed|messaged|wrote|write) (?:to|with)|with|from|by)) you\b(?! (?:to|can|could|have|had|are|were|will|would|should|do|did|say|said)\b)/gi;

// The clinician's own people and records, as the patient names them ("your PA", "your notes").
const CARE_TEAM =
  /\byour (pa|np|nurse|nurses|office|notes|records|chart|staff|team|colleague|partner|assistant|clinic|practice|front desk|receptionist)\b/gi;
// Sent, referred or shown to the clinician ("she is the one who sent her to you", "show you the rash").
const SENT_TO_YOU =
  /\b((?:sent|send|sends|referred|refer|refers|brought|bring|brings)(?: (?:me|her|him|them|the patient|us))? to|(?:show|showed|shown|showing|give|gave|given|email|emailed|send|sent)) you(?= (?:the|a|an|my|her|his|their|some|this|that|those|these)\b|(?<=to you)\b)/gi;

/**
 * A patient's or companion's words about the clinician they are talking to, in the third person:
 * "you told the patient to follow up" → "the clinician told the patient to follow up", "since she
 * last saw you" → "since she last saw the clinician", "what you call Cipro" → "Cipro". Any other
 * "you" is left as spoken (it may be the impersonal "you", which has no safe rewrite).
 */
export function addresseeToClinician(text: string): string {
  return text
    .replace(/\bwhat you call(?:ed)? (?:it |that )?/gi, '')
    .replace(CARE_TEAM, "the clinician's $1")
    .replace(SENT_TO_YOU, '$1 the clinician')
    .replace(ADDRESSEE_SUBJECT, (_m, aux: string | undefined, verb: string) =>
      aux ? `the clinician ${PERFECT[aux.toLowerCase()] ?? aux} ${verb}` : `the clinician ${verb}`,
    )
    .replace(ADDRESSEE_OBJECT, '$1 the clinician');
}

/**
 * The impersonal "you" in a patient's words, which means the patient: "it hurts when you bend it" →
 * "it hurts when she bends it". Only in a clause of time or condition ("when", "if", "every time"),
 * where "you" is the subject of a statement, never in a question ("do you ...") — a question must
 * stay recognisable as one.
 */
export function impersonalYou(text: string, pronoun: Pronoun): string {
  const f = FORMS[pronoun];
  return text
    .replace(/\byou're\b/gi, 'you are')
    .replace(/\byou've\b/gi, 'you have')
    .replace(
      /\b(when|whenever|if|until|once|before|after|as|as soon as|every time|anytime|anything|something|everything|one|ones)\s+you\s+(?:((?:[a-z]+ly|also|still|just|ever|really)\s+))?([a-z']+)/gi,
      (_m, lead: string, adverb: string | undefined, verb: string) =>
        `${lead} ${f.singular} ${adverb ?? ''}${/^(?:are|were)$/i.test(verb) ? (verb.toLowerCase() === 'are' ? 'is' : 'was') : thirdPersonVerb(verb)}`,
    );
}
