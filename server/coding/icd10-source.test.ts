import { describe, expect, it } from 'vitest';
import { defaultCodes, type OrderRow, readIndexSynonyms } from './icd10-source.js';

const row = (code: string, longTitle: string, billable = true): OrderRow => ({
  code,
  billable,
  shortTitle: longTitle,
  longTitle,
});

// A made-up slice of a release: a subdivided category, a code that now needs a 7th character, and a
// header with no billable code below it.
const ROWS = [
  row('C64', 'Malignant neoplasm of kidney, except renal pelvis', false),
  row('C641', 'Malignant neoplasm of right kidney, except renal pelvis'),
  row('C642', 'Malignant neoplasm of left kidney, except renal pelvis'),
  row('C649', 'Malignant neoplasm of unspecified kidney, except renal pelvis'),
  row('S934', 'Sprain of ankle', false),
  row('S93401', 'Sprain of unspecified ligament of right ankle', false),
  row('S93401A', 'Sprain of unspecified ligament of right ankle, initial encounter'),
  row('S93409', 'Sprain of unspecified ligament of unspecified ankle', false),
  row('S93409A', 'Sprain of unspecified ligament of unspecified ankle, initial encounter'),
  row('S93409D', 'Sprain of unspecified ligament of unspecified ankle, subsequent encounter'),
  row('Z99', 'Dependence on enabling machines', false),
  // A category whose codes each name a sex: only a header that names the sex has a default.
  row('C50', 'Malignant neoplasm of breast', false),
  row('C509', 'Malignant neoplasm of breast of unspecified site', false),
  row('C5091', 'Malignant neoplasm of breast of unspecified site, female', false),
  row('C50919', 'Malignant neoplasm of unspecified site of unspecified female breast'),
  row('C5092', 'Malignant neoplasm of breast of unspecified site, male', false),
  row('C50929', 'Malignant neoplasm of unspecified site of unspecified male breast'),
];

describe('defaultCodes', () => {
  it('takes the billable code below a header that names no side and leaves the most unspecified', () => {
    const defaults = defaultCodes(ROWS);
    expect(defaults.get('C64')).toBe('C649');
    // A 7-character injury code: the initial encounter, never a subsequent one.
    expect(defaults.get('S934')).toBe('S93409A');
    expect(defaults.has('Z99')).toBe(false);
    expect(defaults.has('C649')).toBe(false);
  });

  it('never defaults to a code that assumes a sex the term did not say', () => {
    const defaults = defaultCodes(ROWS);
    expect(defaults.has('C50')).toBe(false);
    expect(defaults.has('C509')).toBe(false);
    expect(defaults.get('C5091')).toBe('C50919');
    expect(defaults.get('C5092')).toBe('C50929');
  });
});

describe('readIndexSynonyms', () => {
  it('gives a term that leads to a header to its default billable code as well', () => {
    const index = [
      'term_path\tcode\tmanifestation_code\tsee\tsee_also\tcode_status_in_fy2026',
      'Hypernephroma\tC64.-\t\t\t\theader',
      'Nephroma, malignant\tC64.9\t\t\t\tbillable',
      'Sprain - ankle\tS93.40-\t\t\t\theader',
    ].join('\n');
    const valid = new Set(ROWS.map((r) => r.code));
    const synonyms = readIndexSynonyms(index, valid, 30, defaultCodes(ROWS));
    // The code's own term first, the header's after it.
    expect(synonyms.get('C649')).toEqual(['Nephroma, malignant', 'Hypernephroma']);
    expect(synonyms.get('C64')).toEqual(['Hypernephroma']);
    // Without defaults a header's term stays with the header, which no suggestion can carry.
    expect(readIndexSynonyms(index, valid).get('C649')).toEqual(['Nephroma, malignant']);
  });
});
