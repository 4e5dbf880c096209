import { describe, expect, it } from 'vitest';
import { extractVitals } from './vitals.js';

describe('a pulse oximeter reading', () => {
  it('is an oxygen saturation, not a heart rate (asthma, bronchiolitis)', () => {
    const kinds = (text: string) => extractVitals(text).map((v) => v.kind);
    expect(kinds('her pulse ox is 97% on room air')).toEqual(['oxygen-saturation']);
    expect(kinds('the pulse oximetry reads 93 on the baby')).toEqual(['oxygen-saturation']);
    expect(kinds('his pulse is 88 and regular')).toEqual(['heart-rate']);
  });
});
