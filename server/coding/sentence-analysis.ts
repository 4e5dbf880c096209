import {
  type CompiledContextRules,
  findModifiers,
  type Modifier,
} from '../../shared/clinical/offline/context.js';
import { memoizedInDraft } from '../../shared/clinical/offline/draft-memo.js';
import { splitSentences } from '../../shared/clinical/offline/sentences.js';
import { type Token, tokenize } from '../../shared/clinical/offline/tokens.js';

/** A sentence of a text with its tokens (offsets in the text) and its ConText modifiers. */
export interface AnalysedSentence {
  start: number;
  end: number;
  tokens: readonly Token[];
  modifiers: readonly Modifier[];
}

const analysers = new WeakMap<CompiledContextRules, (text: string) => readonly AnalysedSentence[]>();

/**
 * The sentences of `text`, tokenised, with the ConText modifiers `context` finds in each. Code
 * suggestion reads every segment twice this way (its bag of words, and its index-vocabulary
 * mentions); inside a draft's memo (drafting worker) the work is done once per text and rule set.
 * Callers never change what they are given.
 */
export function analysedSentences(text: string, context: CompiledContextRules): readonly AnalysedSentence[] {
  let analyse = analysers.get(context);
  if (!analyse) {
    analyse = memoizedInDraft((t: string) =>
      splitSentences(t).map(({ start, end }) => {
        const tokens = tokenize(t.slice(start, end), start);
        return { start, end, tokens, modifiers: findModifiers(tokens, context) };
      }),
    );
    analysers.set(context, analyse);
  }
  return analyse(text);
}
