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
  was: 'was',
  "'m": 'is',
  "'ve": 'has',
  "'re": 'is',
};
// Words between the subject and its verb that leave the verb's form alone.
const ADVERBS = new Set(
  'also still never always usually sometimes often only even already generally normally mostly probably definitely certainly recently now then kind sort really just actually currently mainly'.split(
    ' ',
  ),
);
// Verbs patients use about themselves; others are left as spoken rather than risk a wrong form.
const VERBS = new Set(
  'feel get take think want need know like try use work wake sleep eat drink smoke walk run notice see hear hurt start stop live exercise forget remember play lift miss wear check keep wonder worry lose gain bleed cough sneeze vomit throw experience find tend seem believe guess agree say deal look mean help feel struggle put sit stand bend climb drive travel call'.split(
    ' ',
  ),
);

const OBJECT_FOLLOWERS = new Set(
  "to and or for with at in on up out back down off over about from into a an the some this that these those something anything more today tomorrow now again know guys all i i'm i've i'll we we'll so but if when because here there as like very well".split(
    ' ',
  ),
);

function thirdPersonVerb(verb: string): string {
  const lower = verb.toLowerCase();
  const irregular = IRREGULAR[lower];
  if (irregular) return irregular;
  if (!VERBS.has(lower)) return verb;
  if (/(s|sh|ch|x|z|o)$/.test(lower)) return `${lower}es`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  return `${lower}s`;
}

/** Conjugate the verb after a subject we changed from "I"/"you" to the third person. */
function shiftSubject(subject: string, rest: string): string {
  const m = /^((?:[a-z]+ )?)([a-z']+)(.*)$/is.exec(rest);
  if (!m) return `${subject} ${rest}`;
  const [, maybeAdverb = '', word = '', tail = ''] = m;
  const adverb = maybeAdverb.trim();
  if (adverb && ADVERBS.has(adverb.toLowerCase()))
    return `${subject} ${adverb} ${thirdPersonVerb(word)}${tail}`;
  if (adverb) return `${subject} ${thirdPersonVerb(adverb)} ${word}${tail}`;
  return `${subject} ${thirdPersonVerb(word)}${tail}`;
}

/** Rewrite a patient's first-person sentence in the third person ("my knee hurts" → "her knee hurts"). */
export function firstToThird(text: string, pronoun: Pronoun): string {
  const f = FORMS[pronoun];
  let s = ` ${text} `;
  s = s.replace(/ i'm /gi, ` ${f.singular} is `).replace(/ i am /gi, ` ${f.singular} is `);
  s = s
    .replace(/ i've /gi, ` ${f.singular} has `)
    .replace(/ i'd /gi, ` ${f.subject} would `)
    .replace(/ i'll /gi, ` ${f.subject} will `);
  s = s
    .replace(/ i (don't|do not) /gi, ` ${f.singular} does not `)
    .replace(/ i (didn't|did not) /gi, ` ${f.subject} did not `);
  s = s.replace(/ i ([a-z']+(?: [a-z']+)?.*)$/i, (_m, rest: string) => ` ${shiftSubject(f.singular, rest)}`);
  // Later "i"s in the same sentence: pronoun only, verb as spoken (rare and usually past tense).
  s = s.replace(/ i /gi, ` ${f.subject} `);
  s = s.replace(/ my /gi, ` ${f.possessive} `).replace(/ me([ ,.?!])/gi, ` ${f.object}$1`);
  s = s.replace(/ myself /gi, ` ${f.reflexive} `).replace(/ mine /gi, ` ${ownPronoun(f)} `);
  return s.trim();
}

/** Rewrite a clinician's second-person sentence about the patient ("your lungs are clear" → "her lungs ..."). */
export function secondToThird(text: string, pronoun: Pronoun): string {
  const f = FORMS[pronoun];
  let s = ` ${text} `;
  s = s.replace(/ you're /gi, ` ${f.singular} is `).replace(/ you are /gi, ` ${f.singular} is `);
  s = s.replace(/ you've /gi, ` ${f.singular} has `).replace(/ you'll /gi, ` ${f.subject} will `);
  s = s
    .replace(/ you (don't|do not) /gi, ` ${f.singular} does not `)
    .replace(/ you (didn't|did not) /gi, ` ${f.subject} did not `);
  s = s.replace(/ you have /gi, ` ${f.singular} has `);
  s = s.replace(/ you were /gi, ` ${f.subject} was `);
  // "you" before a verb is the subject ("you take" → "she takes"); before a preposition, article or
  // the end of a clause it is the object ("i want you to", "i'll see you in 2 weeks").
  s = s.replace(/ you ([a-z']+)/gi, (_m, next: string) =>
    OBJECT_FOLLOWERS.has(next.toLowerCase())
      ? ` ${f.object} ${next}`
      : ` ${f.subject} ${thirdPersonVerb(next)}`,
  );
  s = s.replace(/ your([ ,;])/gi, ` ${f.possessive}$1`).replace(/ yourself /gi, ` ${f.reflexive} `);
  s = s.replace(/ yours([ ,.;?!])/gi, ` ${ownPronoun(f)}$1`);
  s = s.replace(/ you([ ,.?!])/gi, ` ${f.object}$1`);
  return s.trim();
}
