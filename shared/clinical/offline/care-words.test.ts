import { describe, expect, it } from 'vitest';
import { namesCareItem } from './care-words.js';

// Phrasings written for these tests, not taken from any data set.
describe('namesCareItem', () => {
  it('finds tests, orders, exam findings, habits and family history', () => {
    for (const said of [
      'We will get an ultrasound of the calf.',
      'Her lungs are clear on both sides.',
      'No murmurs or gallops.',
      'He has his first cigarette an hour after waking.',
      'Her mother had the same rash as a child.',
      'Will refer him to a cardiologist.',
    ])
      expect(namesCareItem(said), said).toBe(true);
  });

  it('finds nothing in talk about the weather or the drive in', () => {
    for (const said of ['The traffic was terrible this morning.', 'It is getting colder out there.'])
      expect(namesCareItem(said), said).toBe(false);
  });
});
