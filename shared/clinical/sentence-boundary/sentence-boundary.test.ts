import { describe, expect, it } from 'vitest';
import { gapFeatures } from './boundary-features.js';
import { BOUNDARY_QUANTUM, gapProbabilities } from './boundary-model.js';
import { boundaryWords } from './boundary-words.js';
import { builtinBoundaryModel, sentenceStarts } from './index.js';

/** The text cut where the model starts new sentences. */
const sentences = (text: string) => {
  const bounds = [0, ...sentenceStarts(text), text.length];
  return bounds.slice(0, -1).map((from, i) => text.slice(from, bounds[i + 1]).trim());
};

describe('learned sentence boundaries in unpunctuated speech', () => {
  it('labels each word by the sentence mark after it, with exact ranges', () => {
    const text = 'It hurts. Since 2.5 weeks? Yes';
    const words = boundaryWords(text);
    expect(words.map((w) => [w.norm, w.endsSentence])).toEqual([
      ['it', false],
      ['hurts', true],
      ['since', false],
      ['<num>', false],
      ['weeks', true],
      ['yes', false],
    ]);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual([
      'It',
      'hurts',
      'Since',
      '2.5',
      'weeks',
      'Yes',
    ]);
  });

  it('finds where a sprain history runs one sentence into the next', () => {
    expect(
      sentences(
        'she rolled her ankle stepping off a curb on saturday it swelled up right away she has been icing it and keeping it up',
      ),
    ).toEqual([
      'she rolled her ankle stepping off a curb on saturday',
      'it swelled up right away',
      'she has been icing it and keeping it up',
    ]);
  });

  it('separates a parent’s account of a sick child', () => {
    expect(
      sentences('my son has had a fever since tuesday he is not eating much he did vomit twice last night'),
    ).toEqual([
      'my son has had a fever since tuesday',
      'he is not eating much',
      'he did vomit twice last night',
    ]);
  });

  it('separates the statements of a low mood history', () => {
    expect(
      sentences(
        'i have been feeling really down for the past two months i am not sleeping well i have lost interest in going out with friends',
      ),
    ).toEqual([
      'i have been feeling really down for the past two months',
      'i am not sleeping well',
      'i have lost interest in going out with friends',
    ]);
  });

  it('separates a heart failure follow-up said over a video call', () => {
    expect(
      sentences(
        'the swelling in my feet is better since we increased the water pill i am still a little short of breath going up stairs',
      ),
    ).toEqual([
      'the swelling in my feet is better since we increased the water pill',
      'i am still a little short of breath going up stairs',
    ]);
  });

  it('scores every gap with exactly the features it was trained on', () => {
    const model = builtinBoundaryModel();
    const words = boundaryWords('the wheeze is gone since the inhaler she uses it twice a day now');
    const byName = words
      .slice(0, -1)
      .map((_, i) => gapFeatures(words, i).reduce((z, f) => z + (model.features[f] ?? 0), 0))
      .map((z) => 1 / (1 + Math.exp(-z / BOUNDARY_QUANTUM)));
    expect(gapProbabilities(words, model)).toEqual(byName);
  });

  it('leaves a short utterance whole', () => {
    expect(sentenceStarts('no it does not hurt')).toEqual([]);
  });
});
