import { describe, expect, it } from 'vitest';
import { nicotineDependencePhrase, tobaccoProductOf } from './tobacco-use.js';

describe('tobacco use', () => {
  it('reads the product from anywhere in the visit, counting packs as cigarettes', () => {
    expect(tobaccoProductOf('He lights up about a pack and a half a day since college.')).toBe('cigarettes');
    expect(tobaccoProductOf('Thirty pack-years, still going.')).toBe('cigarettes');
    expect(tobaccoProductOf('She keeps a tin of chewing tobacco in her truck.')).toBe('chewing tobacco');
    expect(tobaccoProductOf('Two cigars on the weekend.')).toBe('other tobacco product');
    expect(tobaccoProductOf('He says he smokes, nothing more.')).toBe('');
  });

  it('looks a current smoker up as nicotine dependence with that product', () => {
    expect(nicotineDependencePhrase('smoker', 'cigarettes')).toBe('nicotine dependence cigarettes');
    expect(nicotineDependencePhrase('heavy smoking', '')).toBe('nicotine dependence');
    expect(nicotineDependencePhrase('nicotine dependence', 'chewing tobacco')).toBe(
      'nicotine dependence chewing tobacco',
    );
  });

  it("leaves other people's smoke, former smokers and advice to the other rules", () => {
    expect(nicotineDependencePhrase('secondhand smoking exposure', 'cigarettes')).toBeUndefined();
    expect(nicotineDependencePhrase('former smoker', 'cigarettes')).toBeUndefined();
    expect(nicotineDependencePhrase('non smoker', 'cigarettes')).toBeUndefined();
    expect(nicotineDependencePhrase('smoking cessation', 'cigarettes')).toBeUndefined();
    expect(nicotineDependencePhrase('asthma', 'cigarettes')).toBeUndefined();
  });
});
