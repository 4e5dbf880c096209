import { describe, expect, it } from 'vitest';
import { doseOnly, withDose } from './dose-follows-drug.js';

describe('a dose said in a sentence of its own', () => {
  it('reads the dose after words that only lead up to it', () => {
    expect(doseOnly('he is 12 kilos so that is 480 mg twice a day for 7 days.')).toBe(
      '480 mg twice a day for 7 days',
    );
    expect(doseOnly('500 mg 3 times a day for 10 days')).toBe('500 mg 3 times a day for 10 days');
    expect(doseOnly('so 100 mg once a day')).toBe('100 mg once a day');
    expect(doseOnly('2 puffs twice a day, with a spacer')).toBeUndefined();
  });

  it('is no dose when the sentence says more than a dose', () => {
    expect(doseOnly('i take 50 mg every morning')).toBeUndefined();
    expect(doseOnly('my mother was on 20 mg daily')).toBeUndefined();
    expect(doseOnly('the ibuprofen 400 mg twice a day helped')).toBeUndefined();
    expect(doseOnly('daily')).toBeUndefined();
  });

  it('joins the dose to the order it belongs to', () => {
    expect(withDose('Start amoxicillin (weight based).', '480 mg twice a day for 7 days')).toBe(
      'Amoxicillin 480 mg twice a day for 7 days (weight based).',
    );
    expect(withDose('Increase sertraline.', '100 mg once a day')).toBe(
      'Increase sertraline to 100 mg once a day.',
    );
    expect(withDose('Continue the cetirizine.', '10 mg at night')).toBe(
      'Continue the cetirizine, 10 mg at night.',
    );
  });
});
