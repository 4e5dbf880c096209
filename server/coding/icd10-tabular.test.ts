import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codesInNote, excludes1Of, inclusionTermsOf, parseTabularXml } from './icd10-tabular.js';

const fixture = readFileSync(new URL('./test-support/tabular-fixture.xml', import.meta.url), 'utf8');

describe('official tabular XML', () => {
  it('reads inclusion terms and Excludes1 notes of each code, parents included', () => {
    const notes = parseTabularXml(fixture);
    expect(inclusionTermsOf('J189', notes)).toEqual(['lung infection not otherwise described']);
    expect(inclusionTermsOf('J45909', notes)).toEqual(['wheezy bronchitis of allergic origin']);
    expect(excludes1Of('J189', notes)).toEqual(['J851', 'J69']);
    expect(excludes1Of('J45909', notes)).toEqual(['R062']);
    expect(excludes1Of('I10', notes)).toEqual([]);
  });

  it('reads code references in a note', () => {
    expect(codesInNote('cholera (A00.-) and typhoid (A01.0), see also (J10-J11)')).toEqual([
      'A00',
      'A010',
      'J10',
      'J11',
    ]);
  });
});
