import { describe, expect, it } from 'vitest';
import { buildProblemLexicon, findProblems } from './problem-lexicon.js';
import { tokenize } from './tokens.js';

const lexicon = buildProblemLexicon();
const problems = (text: string) => findProblems(tokenize(text, 0), lexicon).map((p) => p.normalized);

describe('findProblems', () => {
  it('reads "hay fever" as allergic rhinitis, not as a fever', () => {
    expect(problems('my hay fever acts up every spring')).toEqual(['allergic rhinitis']);
    expect(problems('she has had a fever since monday')).toEqual(['fever']);
  });

  it('reads a disease named for its vaccine as no problem at all', () => {
    expect(problems('remember to get your flu shot before winter')).toEqual([]);
    expect(problems('he is due for his covid booster and his pneumonia vaccine')).toEqual([]);
    expect(problems('I think this is the flu, you should have had a flu shot')).toEqual(['influenza']);
  });
});
