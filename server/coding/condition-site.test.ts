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
    // A rheumatology and a sports visit: the site pointed at ("that"), or both of a pair, said plural.
    expect(withConditionSite('arthritis', ' in that knee is getting worse')).toBe('knee arthritis');
    expect(withConditionSite('arthritis', ' in both of my hips')).toBe('bilateral hip arthritis');
    expect(withConditionSite('tendonitis', ' in both shoulders from swimming')).toBe(
      'bilateral shoulder tendonitis',
    );
    expect(withConditionSite('pain', ' in my knees')).toBe('knee pain');
  });

  it('leaves a phrase alone when no site follows or it is not chosen by site', () => {
    expect(withConditionSite('ulcer', ' that we will keep an eye on')).toBe('ulcer');
    // "Come back" names no site: only "of/on/in … back" does.
    expect(withConditionSite('pain', ' so come back in two weeks')).toBe('pain');
    expect(withConditionSite('heart failure', ' on your last echo')).toBe('heart failure');
    expect(withConditionSite('knee pain', ' on the right side')).toBe('knee pain');
  });
});
