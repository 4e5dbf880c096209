import { describe, expect, it } from 'vitest';
import { asStartOrder, WILL_DO } from './will-do.js';

const drugs = new Set(['amoxicillin', 'naproxen', 'triamcinolone', 'sertraline', 'prednisolone']);

describe('a treatment chosen in the words of a decision', () => {
  it('is the order to start the medicine', () => {
    expect(asStartOrder('We will do amoxicillin, it is weight based.', drugs)).toBe(
      'Start amoxicillin (weight based).',
    );
    expect(asStartOrder('We will do amoxicillin it is weight based.', drugs)).toBe(
      'Start amoxicillin (weight based).',
    );
    expect(asStartOrder('Plan to do naproxen 500 mg twice a day with food.', drugs)).toBe(
      'Start naproxen 500 mg twice a day with food.',
    );
    expect(asStartOrder('We will go with triamcinolone cream twice a day for 2 weeks.', drugs)).toBe(
      'Start triamcinolone cream twice a day for 2 weeks.',
    );
    expect(asStartOrder('We will go back up on the sertraline.', drugs)).toBe('Increase sertraline.');
  });

  it('leaves a test, or a choice that is no medicine, as said', () => {
    expect(asStartOrder('Plan to do patch testing.', drugs)).toBeUndefined();
    expect(asStartOrder('We will do a chest x-ray.', drugs)).toBeUndefined();
    expect(asStartOrder('We will go back to the waiting room.', drugs)).toBeUndefined();
  });

  it('is one list of decision words for the classifier', () => {
    expect(WILL_DO.test("we'll go with the prednisolone")).toBe(true);
    expect(WILL_DO.test("let's do naproxen")).toBe(true);
    expect(WILL_DO.test("we'll go back up on the sertraline")).toBe(true);
    expect(WILL_DO.test('i did go with my sister')).toBe(false);
  });
});
