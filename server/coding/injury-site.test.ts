import { describe, expect, it } from 'vitest';
import { withInjurySite } from './injury-site.js';

describe('withInjurySite', () => {
  it('gives a bare injury word the site said just before it', () => {
    // A sports-medicine visit: the ankle is named, then only "the sprain".
    expect(
      withInjurySite(
        'sprain',
        'For this sprain, wear the brace.',
        'I rolled it at soccer. The right ankle is swollen. ',
      ),
    ).toBe('ankle sprain');
    // A fall on an outstretched hand, the fracture named later.
    expect(withInjurySite('fracture', 'The x-ray shows a small fracture.', 'She landed on her wrist. ')).toBe(
      'wrist fracture',
    );
  });

  it('prefers the site of its own sentence, and leaves sited or non-injury phrases alone', () => {
    expect(withInjurySite('strain', 'It is a strain of the hamstring.', 'My knee hurt too. ')).toBe(
      'hamstring strain',
    );
    expect(withInjurySite('ankle sprain', 'An ankle sprain.', 'My knee. ')).toBe('ankle sprain');
    expect(withInjurySite('heart failure', 'Your heart failure is stable.', 'My knee. ')).toBe(
      'heart failure',
    );
    // No site said nearby: the word stays as it was.
    expect(withInjurySite('sprain', 'It is a sprain.', 'We talked about your sleep and mood. ')).toBe(
      'sprain',
    );
  });
});
