/**
 * The clinician's own statements of the problems assessed at the visit ("for your first problem, your
 * lumbar strain", "from a diabetes standpoint", "your diagnosis is a distal phalanx fracture", "I think
 * you have a strain of your posterior cruciate ligament"), read from the transcript. A coder codes from
 * the assessment, so the problem these statements name is the strongest evidence for a code; the words
 * are taken whole, so "acute lumbar strain" stays one problem instead of the lexicon's "strain".
 */
import { splitSentences } from '../../shared/clinical/offline/sentences.js';
import { UNCERTAIN } from './coding-rules.js';
import { patternUnion } from './pattern-union.js';

export interface ProblemStatement {
  /** The problem's words, fillers removed, plurals singular, lay words as the titles say them. */
  phrase: string;
  /** The statement hedges ("probably", "might be") or denies the problem: not coded as the condition. */
  uncertain: boolean;
  /** Offsets of the problem's words in the segment text. */
  start: number;
  end: number;
  /** The sentence the statement is in. */
  sentence: string;
  /** Said as the reason for the visit, not as the clinician's assessment. */
  reason?: boolean;
}

const ORDINAL =
  '(?:first|second|third|fourth|fifth|next|last|final|other|another|main|primary|new)(?:\\s+ish)?';
// What introduces the problem; the problem's words follow the match.
const WRITTEN_CUES: RegExp[] = [
  new RegExp(
    `\\b${ORDINAL}\\s+(?:problem|issue|diagnosis|concern)\\s*(?:,\\s*)?(?:of|is|was|for|regarding|with)?\\s*(?:,\\s*)?(?:(?:you|he|she)\\s+(?:have|has)\\s+(?:got\\s+)?)?`,
    'gi',
  ),
  /\bfrom (?:an? |the |your )?(?=[a-z][a-z ,'-]{2,60}\bstandpoint\b)/gi,
  /\b(?:your|the|my|his|her) (?:diagnosis|impression|assessment)(?: today| here)? (?:is|was|would be|of)\s*(?:that )?(?:(?:you|he|she) (?:have|has) )?/gi,
  /\b(?:diagnosed (?:you |him |her )?with|diagnosis of)\s+/gi,
  /\b(?:i think|i believe|it sounds like|it looks like|it appears|it seems like)\s+(?:that\s+)?(?:you|he|she|this|it)\s+(?:have|has|'ve|is|are)(?: got)?\s+/gi,
  /\b(?:consistent with|indicative of)\s+/gi,
  // "we call this hallux rigidus", "what we call transient tics", "what you have is medial epicondylitis"
  /\b(?:what (?:we|i|doctors) call|(?:we|doctors) call (?:this|that|it))\s+/gi,
  /\bwhat (?:you|he|she) (?:have|has) (?:is|are)\s+/gi,
  // "what I see is a proximal humerus fracture", "what we're dealing with is right hip degenerative
  // joint disease", "you do have a vitamin D deficiency", dictated "put that he has a … tenosynovitis"
  /\bwhat (?:i|we) (?:see|found|find) (?:here )?is\s+/gi,
  /\b(?:what )?(?:i think )?(?:we're|we are|you're|you are) dealing with (?:is |here is )?(?:an? )?/gi,
  /\b(?:you|he|she) (?:do|does) have (?:an? |that )/gi,
  /\b(?:put|note|document|write) (?:down )?that (?:he|she|the patient) (?:has|had)\s+/gi,
  // "for your migraines, let's continue the imitrex": a problem named, then what is done for it.
  /(?:^|\s{2,}|\b(?:now|so|and|okay|alright|then)\s+)(?:\s*(?:and|so|now|okay|alright|all right|then)\b\s*,?)*\s*(?:for|regarding|as for|in terms of|with regards? to) (?:your|his|her|the) (?=[a-z][a-z '-]{2,40}\s*,?\s*(?:i|we|let's|let us|continue|keep|start|increase|decrease|stop|refill|i'd|we'll|i'll|i'm|i want|i would|go ahead)\b)/gi,
  /\b(?:newly|recently) diagnosed (?:with )?/gi,
  // "it sounds like it's a carpal tunnel syndrome"
  /\b(?:sounds?|looks?|seems?) like (?:it's|it is|this is|that's|that is|you've got)\s+/gi,
];

/**
 * The reason for the visit ("here for evaluation of high blood sugar", "coming in for an emergency
 * room follow-up for some chest pain"): coded first in an outpatient visit (guideline IV.G) unless the
 * assessment names what explains it, so it is assessed, not a stated diagnosis.
 */
const WRITTEN_REASON =
  /\b(?:(?:(?:is|are|'re|was|were|come|comes|came|coming) in|presents?|presenting|referred)(?: today| to (?:me|us|see (?:me|us)))?(?: for| with)|here(?: today)? (?:for|with(?= (?:complaints?|concerns?) )))(?: (?:complaints?|concerns?) (?:of|about|regarding))?(?: (?:an?|the|his|her|your|some))?(?: (?:emergency room|er|ed|hospital|urgent care|new patient|annual|routine|further))?(?: (?:evaluation|follow[- ]?up|check[- ]?up|recheck|management|consultation|consult|visit|workup|work-up|assessment)(?: visit)?(?: (?:of|for|on|regarding))?)?(?: (?:his|her|your|some|an?|the))?\s+/gi;

// A cue's words may stand apart where a filler or a repeated word was blanked out ("my impression is
// is that", "i think your your diagnosis is").
const spaced = (cue: RegExp) => new RegExp(cue.source.replace(/ /g, '\\s+'), cue.flags);
const CUES = WRITTEN_CUES.map(spaced);
const REASON = spaced(WRITTEN_REASON);

/**
 * What every match of a cue contains (WRITTEN_CUES in order, then WRITTEN_REASON), without the cue's
 * word boundaries and lookarounds: a sentence this does not match cannot match the cue, so the cue's
 * own, slower pattern is not run on it (most sentences name no cue). A cue with no entry always runs.
 */
const CUE_NEEDS: ReadonlyArray<RegExp | undefined> = [
  new RegExp(`${ORDINAL}\\s+(?:problem|issue|diagnosis|concern)`, 'i'),
  /standpoint/i,
  /(?:your|the|my|his|her)\s+(?:diagnosis|impression|assessment)/i,
  /diagnosed|diagnosis\s+of/i,
  /(?:think|believe|like|appears)\s+(?:that\s+)?(?:you|he|she|this|it)\s+(?:have|has|'ve|is|are)\s/i,
  /consistent\s+with|indicative\s+of/i,
  /call\s/i,
  /what\s+(?:you|he|she)\s+(?:have|has)\s+(?:is|are)\s/i,
  /what\s+(?:i|we)\s+(?:see|found|find)\s+(?:here\s+)?is\s/i,
  /dealing\s+with\s/i,
  /(?:you|he|she)\s+(?:do|does)\s+have\s+(?:an?|that)\s/i,
  /(?:put|note|document|write)\s+(?:down\s+)?that\s+(?:he|she|the\s+patient)\s+(?:has|had)\s/i,
  /(?:for|regarding|terms\s+of|regards?\s+to)\s+(?:your|his|her|the)\s/i,
  /(?:newly|recently)\s+diagnosed/i,
  /(?:sounds?|looks?|seems?)\s+like\s+(?:it's|it\s+is|this\s+is|that's|that\s+is|you've\s+got)\s/i,
  /(?:in|presents?|presenting|referred|here)(?:\s+today|\s+to\s+(?:me|us|see\s+(?:me|us)))?\s+(?:for|with)/i,
];

/** Every cue in the order they are read (the reason for the visit last), with what its matches hold. */
export const PROBLEM_CUES = [...CUES, REASON].map((cue, k) => ({ cue, needs: CUE_NEEDS[k] }));

// "your diagnosis is beginning to have some carpal tunnel": the onset words are not the problem.
const ONSET =
  /^\s*(?:beginning|starting|developing|going|about|early|the start|signs) (?:to (?:have|get|develop) |of )?/i;

// "like" is a filler, except in "sounds like", "looks like".
const FILLER =
  /\s*,?\s*\b(?:um+|uh+|uhm|er|ah|hmm|mm-hmm|you know|i mean|(?<!\b(?:sounds?|looks?|seems?|feels?) )like|kind of|sort of|right now)\b\s*,?/gi;
/** A filler word: what every match of FILLER holds, found faster (most sentences have none). */
export const FILLER_WORD =
  /\b(?:um+|uh+|uhm|er|ah|hmm|mm-hmm|you know|i mean|like|kind of|sort of|right now)\b/i;
// Words that end the problem's words (a new clause). Speech recognition leaves out the comma before
// what is done for the problem ("for your high cholesterol keep taking the statin"): the plan's verbs
// end it too.
const STOP =
  /^(?:keep|keeping|start|stop|increase|decrease|refill|take|taking|check|order|schedule|recommend|prescribe|want|need|try|and|or|but|so|again|everything|continue|consistent|here|present|good|well|today|too|also|though|which|that|where|what|because|since|if|when|while|who|usually|typically|basically|actually|really|especially|generally|often|sometimes|which|we|i|i'm|i'll|we'll|let's|it|it's|this|there|then|now|okay|ok|alright|just|to|standpoint|as|is|are|was|were|has|have|had|you|with|from|for|in|on|at|by|after|before|over|about|doing|going|gon|na|seems|looks|appears|sounds|probably|might|may|could|would|should|will|can|does|do|did|been|being|be|evaluation|consult|consultation|opinion)$/i;
// Words kept out of the phrase without ending it ("your", "an", "acute" stays).
const SKIP =
  /^(?:a|an|the|your|his|her|some|any|all|this|of|little|bit|mild|slight|episode|episodes|bout|case|touch)$/i;
const MAX_WORDS = 6;
/** Words that name the visit itself rather than a problem. */
const VISIT =
  /^(?:(?:annual|routine|yearly|new patient|regular|second|surgical|chronic|further) )*(?:follow[- ]?up|physical|check[- ]?up|checkup|visit|evaluation|exam|examination|appointment|consultation|consult|opinion|refill|medication|problem|issue|second)$|^(?:surgical|medical)$|\b(?:lab|labs|test|tests|result|results|finding|findings|imaging|scan)$/;
/** Words of course and severity that few titles carry. */
const COURSE = /^(?:acute|chronic|mild|moderate|severe|recurrent|early|new|ongoing|persistent|worsening) /;

/** Lay and spoken words as ICD-10-CM titles and index terms say them. */
const TITLE_WORDS: Array<[RegExp, string]> = [
  [/\bmcl\b/g, 'medial collateral ligament'],
  [/\blcl\b/g, 'lateral collateral ligament'],
  [/\bacl\b/g, 'anterior cruciate ligament'],
  [/\bpcl\b/g, 'posterior cruciate ligament'],
  // A strain of a ligament is a sprain.
  [/\bstrain\b(?=.*\bligament\b)|(?<=\bligament\b.*)\bstrain\b/g, 'sprain'],
  [/\bovarian\b/g, 'ovary'],
  [/\bpatellofemoral pain syndrome\b/g, 'patellofemoral disorder'],
  [/\bafib\b|\ba fib\b/g, 'atrial fibrillation'],
  [/\bgerd\b|\bacid reflux\b/g, 'gastro-esophageal reflux disease'],
  // Titles name a long bone's ends "upper end" and "lower end" (S42.2-, S52.5-, S82.1-, S72.4-).
  [/\bproximal (humerus|radius|ulna|tibia|fibula|femur)\b/g, 'upper end $1'],
  [/\bdistal (humerus|radius|ulna|tibia|fibula|femur)\b/g, 'lower end $1'],
  [/\blumbar\b/g, 'lower back'],
  [/\b(cancer|carcinoma)\b/g, 'malignant neoplasm'],
  [/\btumou?r\b/g, 'neoplasm'],
  [/\bheart attack\b/g, 'myocardial infarction'],
  [/\bhigh blood pressure\b/g, 'hypertension'],
  [/\b(?:high|elevated) (?:blood )?sugars?\b/g, 'hyperglycemia'],
  [/\bsugars?\b/g, 'diabetes'],
  [/\btype (two|ii)\b/g, 'type 2'],
  [/\btype (one|i)\b/g, 'type 1'],
];

/** Every lay word of TITLE_WORDS, for one first test. */
export const ANY_TITLE_WORD = patternUnion(TITLE_WORDS.map(([pattern]) => pattern));

// Plural words whose singular would be wrong ("diabetes" is not "diabete").
const NOT_PLURAL = new Set(
  'diabetes herpes rabies scabies measles mumps rickets shingles aids menses feces series species varices lupus'.split(
    ' ',
  ),
);

/** "migraines" → "migraine", "kidney stones" → "kidney stone": titles name one. */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (NOT_PLURAL.has(w) || w.length < 4 || /(ss|us|is|ous|ys)$/.test(w) || !w.endsWith('s')) return w;
  return w.slice(0, -1);
}

/** The phrase a problem statement's words give for code retrieval. */
export function problemPhrase(words: string): string {
  let phrase = words
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map(singular)
    .join(' ');
  // Most phrases say none of the lay words: then none is replaced, so none can appear.
  if (!ANY_TITLE_WORD.test(phrase)) return phrase;
  for (const [pattern, replacement] of TITLE_WORDS) phrase = phrase.replace(pattern, replacement);
  return phrase;
}

/** The problem's words after a cue: up to the clause's end, fillers and articles left out. */
function problemWords(rest: string): { words: string; length: number } {
  const kept: string[] = [];
  let length = 0;
  let previous = '';
  for (const token of rest.matchAll(/[^\s,.;:?!]+|[,.;:?!]/g)) {
    const word = token[0];
    if (/^[,.;:?!]$/.test(word)) break;
    // A stutter ("your- your epilepsy") is not a word of the problem.
    if (word.endsWith('-')) continue;
    // "your first problem of this, difficulty urinating": a leading "this" introduces the problem.
    if (kept.length === 0 && /^this$/i.test(word)) continue;
    if (STOP.test(word) && !(word.toLowerCase() === 'of' && kept.length > 0)) break;
    if (SKIP.test(word)) {
      // "strain of your posterior cruciate ligament" reads on; "ankle pain your symptoms" ends.
      if (kept.length > 0 && !/^of$/i.test(word) && !/^of$/i.test(previous)) break;
      previous = word;
      continue;
    }
    length = (token.index ?? 0) + word.length;
    previous = word;
    kept.push(word);
    if (kept.length >= MAX_WORDS) break;
  }
  return { words: kept.join(' '), length };
}

// The statement is inside a question ("have you ever had any issues where you had what we call
// urinary retention"): the clinician asks, and nothing is assessed.
const ASKED =
  /\b(?:have|has|did|do|does|are|were) (?:you|he|she)\b(?:(?!\b(?:so|okay|alright|now)\b)[^.?!]){0,80}$/i;

const NEGATED = /\b(no|not|don't|doesn't|didn't|without|denies|rule out|ruled out)\b/i;

// The statement is the condition a plan depends on ("antibiotics if you do have an infection", "in
// case it is a fracture"): a possibility, not an assessed problem.
const CONDITIONAL = /\b(?:if|in case|unless|whether)\s+(?:[^\s.?!]+\s+){0,5}$/i;

/** Problem statements of one transcript segment's text. */
export function problemStatements(text: string): ProblemStatement[] {
  const out: ProblemStatement[] = [];
  for (const span of splitSentences(text)) {
    const raw = text.slice(span.start, span.end);
    // Fillers and their commas would cut "acute lumbar, um, strain" in two, and a word said twice
    // ("my impression is is that") would break a cue; spaces keep offsets close.
    const sentence = (FILLER_WORD.test(raw) ? raw.replace(FILLER, (m) => ' '.repeat(m.length)) : raw).replace(
      /\b([a-z']+)(\s*,?\s+)\1\b/gi,
      (m, word: string) => `${word}${' '.repeat(m.length - word.length)}`,
    );
    for (const { cue, needs } of PROBLEM_CUES) {
      if (needs !== undefined && !needs.test(sentence)) continue;
      for (const match of sentence.matchAll(cue)) {
        const cueEnd = (match.index ?? 0) + match[0].length;
        // "your diagnosis is not a fracture": the denial is read, then the problem's words.
        const denial = sentence.slice(cueEnd).match(/^\s*(?:not|no|never)\b\s*/i)?.[0] ?? '';
        const onset = sentence.slice(cueEnd + denial.length).match(ONSET)?.[0] ?? '';
        const at = cueEnd + denial.length + onset.length;
        const { words, length } = problemWords(sentence.slice(at));
        const phrase = problemPhrase(words);
        if (phrase.split(' ').filter((w) => w.length > 2).length === 0) continue;
        // "You've got a history of anaphylaxis": a past condition, not a problem assessed today.
        if (/^(?:past |prior |previous )?(?:medical )?history\b/.test(phrase)) continue;
        // "Here for a follow-up", "in for your physical": the visit, not a problem.
        if (VISIT.test(phrase)) continue;
        const before = sentence.slice(Math.max(0, at - 80), at);
        const statement = {
          phrase,
          uncertain:
            denial !== '' ||
            UNCERTAIN.test(before) ||
            NEGATED.test(before.split(/\s+/).slice(-5).join(' ')) ||
            ASKED.test(before) ||
            CONDITIONAL.test(before),
          start: span.start + at,
          end: span.start + at + length,
          sentence: raw,
          ...(cue === REASON ? { reason: true } : {}),
        };
        // Two cues can introduce the same words ("it sounds like it is …").
        if (out.some((o) => o.start === statement.start && o.phrase === phrase)) continue;
        out.push(statement);
        // "Acute esophagitis" is also the esophagitis that a title without "acute" codes.
        const course = phrase.match(COURSE)?.[0];
        if (course && phrase.length > course.length)
          out.push({ ...statement, phrase: phrase.slice(course.length) });
      }
    }
  }
  return out;
}
