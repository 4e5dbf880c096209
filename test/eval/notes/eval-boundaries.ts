/**
 * Sentence boundaries found in speech said without punctuation: precision and recall of the committed
 * learned model (shared/clinical/sentence-boundary) on turns whose punctuation is removed, beside the
 * drafter's rule-based cuts (discourse markers in long sentences, then new-subject clause starts).
 * Held-out train figures come from `npm run models:train-sentence-boundary`; this reports the
 * validation split (never used to choose anything). Usage: npx tsx test/eval/notes/eval-boundaries.ts
 */
import { splitClauses } from '../../../shared/clinical/offline/clauses.js';
import { splitSentences } from '../../../shared/clinical/offline/sentences.js';
import { unpunctuatedSentences } from '../../../shared/clinical/offline/unpunctuated.js';
import type { BoundaryWord } from '../../../shared/clinical/sentence-boundary/boundary-words.js';
import {
  boundaryGaps,
  boundaryWords,
  builtinBoundaryModel,
  MIN_SENTENCE_WORDS,
} from '../../../shared/clinical/sentence-boundary/index.js';
import { parseAciDialogue } from '../../../shared/clinical/transcript/aci.js';
import { loadAciSplit, loadAciVariant } from './aci-data.js';

/** The turn as speech recognition without punctuation writes it, and its words' sentence labels. */
function stripped(text: string): { bare: string; words: BoundaryWord[] } {
  const labelled = boundaryWords(text);
  const bare = labelled.map((w) => text.slice(w.start, w.end).toLowerCase()).join(' ');
  const words = boundaryWords(bare).map((w, i) => ({
    ...w,
    endsSentence: labelled[i]?.endsSentence ?? false,
  }));
  return { bare, words };
}

/** Gap indices where the drafter's rules alone start a new sentence in the bare turn. */
function ruleGaps(bare: string, words: readonly BoundaryWord[]): Set<number> {
  const starts = splitSentences(bare).flatMap((span) =>
    splitClauses({
      seq: 0,
      start: span.start,
      end: span.end,
      speaker: 'unknown',
      text: bare.slice(span.start, span.end),
      isQuestion: false,
    }).map((u) => u.start),
  );
  return new Set(starts.map((s) => words.findIndex((w) => w.start === s) - 1).filter((i) => i >= 0));
}

/** Gap indices where the drafter cuts the bare turn as one unpunctuated unit (unpunctuatedSentences). */
function drafterGaps(bare: string, words: readonly BoundaryWord[]): Set<number> {
  const unit = {
    seq: 0,
    start: 0,
    end: bare.length,
    speaker: 'unknown' as const,
    text: bare,
    isQuestion: false,
  };
  const starts = unpunctuatedSentences(unit, new Set([0])).map((u) => u.start);
  return new Set(starts.map((s) => words.findIndex((w) => w.start === s) - 1).filter((i) => i >= 0));
}

function score(turns: string[]): string {
  const model = builtinBoundaryModel();
  const tally = { model: [0, 0], drafter: [0, 0], rules: [0, 0], gold: 0 };
  for (const text of turns) {
    if (!/[.?!]/.test(text)) continue;
    const { bare, words } = stripped(text);
    if (words.length < 2) continue;
    const found = {
      model: new Set(boundaryGaps(words, model, MIN_SENTENCE_WORDS)),
      drafter: drafterGaps(bare, words),
      rules: ruleGaps(bare, words),
    };
    for (let i = 0; i + 1 < words.length; i++) {
      const truth = words[i]?.endsSentence === true;
      if (truth) tally.gold++;
      for (const k of ['model', 'drafter', 'rules'] as const)
        if (found[k].has(i)) {
          tally[k][0] = (tally[k][0] ?? 0) + 1;
          if (truth) tally[k][1] = (tally[k][1] ?? 0) + 1;
        }
    }
  }
  const pr = ([guessed = 0, right = 0]: number[]) =>
    `P ${((100 * right) / (guessed || 1)).toFixed(1)}% R ${((100 * right) / (tally.gold || 1)).toFixed(1)}%`;
  return `model at its threshold ${pr(tally.model)}; as the drafter cuts ${pr(tally.drafter)}; rules alone ${pr(tally.rules)} (${tally.gold} boundaries)`;
}

const turns = (dialogue: string) => parseAciDialogue(dialogue).segments.map((s) => s.text);
console.log(
  `ACI-Bench valid, human transcripts: ${score(loadAciSplit('valid').flatMap((r) => turns(r.dialogue)))}`,
);
console.log(
  `ACI-Bench valid, VirtScribe speech recognition: ${score(loadAciVariant('valid_virtscribe_asr.csv').flatMap((r) => turns(r.dialogue)))}`,
);
