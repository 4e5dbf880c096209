import { describe, expect, it } from 'vitest';
import { findModifiers } from '../../shared/clinical/offline/context.js';
import { withDraftMemo } from '../../shared/clinical/offline/draft-memo.js';
import { builtinResources, createResources } from '../../shared/clinical/offline/resources.js';
import { splitSentences } from '../../shared/clinical/offline/sentences.js';
import { tokenize } from '../../shared/clinical/offline/tokens.js';
import { analysedSentences } from './sentence-analysis.js';

const { context } = builtinResources();
const text =
  'His breathing is worse when he lies flat. No chest pain. His mother had heart failure, and we may need an echo.';

describe('analysedSentences', () => {
  it('tokenises each sentence at its offsets with the modifiers ConText finds in it', () => {
    const expected = splitSentences(text).map(({ start, end }) => {
      const tokens = tokenize(text.slice(start, end), start);
      return { start, end, tokens, modifiers: findModifiers(tokens, context) };
    });
    const analysed = analysedSentences(text, context);
    expect(analysed).toEqual(expected);
    expect(analysed[1]?.modifiers.length).toBeGreaterThan(0);
    expect(text.slice(analysed[1]?.tokens[1]?.start, analysed[1]?.tokens[1]?.end)).toBe('chest');
  });

  it('analyses a text once per draft and rule set, afresh outside a draft', () => {
    expect(analysedSentences(text, context)).not.toBe(analysedSentences(text, context));
    withDraftMemo(() => {
      const first = analysedSentences(text, context);
      expect(analysedSentences(text, context)).toBe(first);
      // Another rule set is another analysis.
      expect(analysedSentences(text, createResources().context)).not.toBe(first);
    });
  });
});
