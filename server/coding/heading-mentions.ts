/**
 * The drafted assessment and plan's problem headings as coding mentions. The offline drafter writes
 * one heading per problem the clinician assessed, named as the clinician said it ("Congestive heart
 * failure", "Right ankle sprain"); a coder codes from the assessment, so every heading is a problem to
 * find a code for, whatever cue (or none) announced it in the conversation. A heading takes the role
 * its own words were given where they were said (ConText and the setting's rules: a problem said as
 * past, hedged or asked about is not coded as current); "History of gout" is a past condition.
 */
import type { Evidence } from '../../shared/clinical/evidence.js';
import type { NoteContent } from '../../shared/clinical/note.js';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';
import { UNCERTAIN } from './coding-rules.js';
import type { CodingSetting } from './coding-setting.js';
import { problemPhrase } from './problem-statements.js';
import { stemSet } from './term-words.js';

/** The subset of a coding mention this module reads and writes (coding-mentions.ts owns the type). */
interface Mention {
  phrase: string;
  role: 'current' | 'history' | 'allergy' | 'status' | 'none';
  assessed: boolean;
  stated?: boolean;
  sentence: string;
  evidence: Evidence[];
}

const PROBLEM_SECTION = /assessment|impression|diagnos|problem|plan/i;

/** Headings the drafter gives what concerns no one problem, and names of the visit or a history list. */
const NOT_A_PROBLEM =
  /^(?:other plans?|disposition|follow[- ]?up|assessment(?: and plan)?|plan|impression|(?:past )?(?:medical|surgical|family|social) history|allergies|medications?|(?:annual|routine|yearly|wellness) (?:exam|examination|physical|visit)|physical exam(?:ination)?|labs?|imaging|results?)$/i;

const PAST =
  /^(?:(?:a |personal )?(?:past |prior |previous )?(?:medical )?history of|h\/o|status post|s\/p|prior|previous|old)\s+/i;

/** One word that names an injury or finding without its site or kind. */
const GENERIC =
  /^(?:sprain|strain|fracture|injury|tear|pain|mass|lesion|infection|wound|rash|lump|swelling|cyst|ulcer)$/;

const overlaps = (a: readonly Evidence[], b: readonly Evidence[]) =>
  a.some((x) => b.some((y) => x.seq === y.seq && x.start < y.end && y.start < x.end));

/** The transcript text a heading's evidence covers (where a hedge would have been said). */
function evidenceText(evidence: readonly Evidence[], bySeq: ReadonlyMap<number, TranscriptSegment>): string {
  return evidence
    .map((e) => bySeq.get(e.seq)?.text.slice(e.start, e.end) ?? '')
    .join(' ')
    .trim();
}

/**
 * One mention per distinct problem heading of the note's assessment and plan. `said` are the
 * encounter's other mentions with their roles: a heading whose words were said (within its evidence)
 * takes the role they had there — current if any saying of them was current.
 */
export function headingMentions(
  content: NoteContent,
  bySeq: ReadonlyMap<number, TranscriptSegment>,
  said: readonly Mention[],
  setting: CodingSetting,
): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<string>();
  // Each mention's words as titles say them, read once for all headings (only if there are any).
  let spoken: Array<{ mention: Mention; words: string[] }> | undefined;
  const spokenWords = () => {
    if (spoken === undefined) {
      // Mentions repeat their phrase: each phrase's words are read once (for this call only).
      const wordsOf = new Map<string, string[]>();
      const phraseWords = (phrase: string) => {
        let words = wordsOf.get(phrase);
        if (words === undefined) {
          words = [...stemSet(problemPhrase(phrase))];
          wordsOf.set(phrase, words);
        }
        return words;
      };
      spoken = said
        .filter((m) => m.role !== 'allergy' && m.role !== 'status')
        .map((mention) => ({ mention, words: phraseWords(mention.phrase) }));
    }
    return spoken;
  };
  for (const section of content.sections) {
    if (!PROBLEM_SECTION.test(`${section.id} ${section.title}`)) continue;
    for (const sentence of section.sentences) {
      if (!sentence.heading) continue;
      const name = sentence.text.replace(/[.:]\s*$/, '').trim();
      if (NOT_A_PROBLEM.test(name)) continue;
      const past = PAST.exec(name)?.[0] ?? '';
      const phrase = problemPhrase(name.slice(past.length));
      if (phrase.length < 3 || seen.has(phrase)) continue;
      seen.add(phrase);
      const evidence = sentence.evidence.filter((e) => {
        const segment = bySeq.get(e.seq);
        return segment !== undefined && e.start < e.end && e.end <= segment.text.length;
      });
      if (evidence.length === 0) continue;
      const stems = stemSet(phrase);
      if (stems.size === 0) continue;
      // A heading names no site or kind alone ("Sprain", "Fracture"): nothing a code can be chosen by.
      if (GENERIC.test(phrase)) continue;
      // The heading's words as they were said: where the heading was drawn from when they were said
      // there, else anywhere in the visit; mentions naming all of its words when there are any
      // ("muscle strain" hedged decides, not a plain "strain" elsewhere), else naming some of them.
      const sayings = spokenWords().flatMap(({ mention: m, words }) => {
        if (words.length === 0 || !words.every((w) => stems.has(w))) return [];
        return [{ role: m.role, all: words.length === stems.size, here: overlaps(m.evidence, evidence) }];
      });
      const here = sayings.filter((m) => m.here);
      const near = here.length > 0 ? here : sayings;
      const whole = near.filter((m) => m.all);
      const same = whole.length > 0 ? whole : near;
      const text = evidenceText(evidence, bySeq);
      const role: Mention['role'] = past
        ? 'history'
        : same.some((m) => m.role === 'current')
          ? 'current'
          : same.length > 0
            ? (same.find((m) => m.role === 'history')?.role ?? 'none')
            : setting === 'outpatient' && UNCERTAIN.test(text)
              ? 'none'
              : 'current';
      // A clinician's statement within the heading's words already states the problem (often more
      // precisely: "Muscle strain" was "acute lower back strain"): the heading is assessed, not stated.
      const statedThere = said.some(
        (m) => m.stated && m.role === 'current' && overlaps(m.evidence, evidence),
      );
      out.push({
        phrase,
        role,
        assessed: true,
        stated: role === 'current' && !statedThere,
        sentence: text,
        evidence,
      });
    }
  }
  return out;
}
