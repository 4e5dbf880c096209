import { describe, expect, it } from 'vitest';
import { withConditionSite } from './condition-site.js';

describe('withConditionSite', () => {
  it('gives a site-coded condition the site said right after it, with its side', () => {
    // Wound care, urology, dermatology and orthopaedic visits.
    expect(withConditionSite('ulcer', ' on your right foot that has been there six weeks')).toBe(
      'right foot ulcer',
    );
    expect(withConditionSite('stone', ' measuring four millimeters located in the distal left ureter')).toBe(
      'left ureter stone',
    );
    expect(withConditionSite('cyst', ' on the back of her wrist')).toBe('wrist cyst');
    expect(withConditionSite('pain', ' in my left knee when i climb stairs')).toBe('left knee pain');
    expect(withConditionSite('pain', ' across the lower back since the move')).toBe('lower back pain');
    expect(withConditionSite('nonhealing ulcer', ' of the right big toe')).toBe('right big toe ulcer');
  });

  it('leaves a phrase alone when no site follows or it is not chosen by site', () => {
    expect(withConditionSite('ulcer', ' that we will keep an eye on')).toBe('ulcer');
    // "Come back" names no site: only "of/on/in … back" does.
    expect(withConditionSite('pain', ' so come back in two weeks')).toBe('pain');
    expect(withConditionSite('heart failure', ' on your last echo')).toBe('heart failure');
    expect(withConditionSite('knee pain', ' on the right side')).toBe('knee pain');
  });
});
