import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { AppError } from '../../shared/errors.js';

/** One row of the CDC/CMS order file: a code (no dot) and its titles. */
export interface OrderRow {
  code: string;
  billable: boolean;
  shortTitle: string;
  longTitle: string;
}

// FY2026 introduced categories with a letter in position 2 (QA0), so only the first must be a letter.
export const CODE_PATTERN = /^[A-Z][0-9A-Z]{2,6}$/;

/**
 * Parses the fixed-width `icd10cm-order-YYYY.txt`: order number cols 1-5, code 7-13, billable flag
 * col 15, short title 17-76, long title 78+ (1-based, per the CDC "icd10OrderFiles.pdf").
 */
export function parseOrderFile(text: string): OrderRow[] {
  const rows: OrderRow[] = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    if (line.trim().length === 0) continue;
    const code = line.slice(6, 13).trim();
    const flag = line.slice(14, 15);
    if (!CODE_PATTERN.test(code) || (flag !== '0' && flag !== '1')) {
      throw new AppError('validation_failed', 'ICD-10-CM order file: unexpected line layout', {
        details: { lineStart: line.slice(0, 20) },
      });
    }
    const shortTitle = line.slice(16, 76).trim();
    const longTitle = line.slice(77).trim() || shortTitle;
    rows.push({ code, billable: flag === '1', shortTitle, longTitle });
  }
  if (rows.length === 0) throw new AppError('validation_failed', 'ICD-10-CM order file is empty');
  return rows;
}

/** Reads the order file text from the release zip or from the .txt itself. */
export function readOrderText(path: string): string {
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new AppError('not_found', `ICD-10-CM source not found: ${path}`);
  }
  const bytes = readFileSync(path);
  if (path.toLowerCase().endsWith('.zip')) {
    const files = unzipSync(new Uint8Array(bytes), {
      filter: (f) => /icd10cm[-_]order-\d{4}\.txt$/i.test(f.name),
    });
    const entry = Object.entries(files).find(([name]) => !/addenda/i.test(name));
    if (!entry) {
      throw new AppError(
        'validation_failed',
        'The zip has no icd10cm-order-YYYY.txt; pass the Code Descriptions zip',
      );
    }
    return new TextDecoder('latin1').decode(entry[1]);
  }
  return bytes.toString('latin1');
}

/** "FY2026" from a file name like icd10cm-Code_Descriptions-2026.zip; "unknown" otherwise. */
export function releaseFromFileName(path: string): string {
  const year = /(20\d\d)/.exec(basename(path))?.[1];
  return year ? `FY${year}` : 'unknown';
}

export interface Hierarchy {
  /** 3-character category → section range (e.g. "A00-A09"). */
  sectionOfCategory: Map<string, string>;
  /** 3-character category → chapter number as text ("1".."22"). */
  chapterOfCategory: Map<string, string>;
}

/** Minimal CSV line splitter: the hierarchy files quote fields that contain commas. */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

/** Reads `hierarchy/icd10cm-categories-*.csv` (category, description, section, chapter). */
export function readHierarchy(folder: string): Hierarchy {
  const file = readdirSync(folder).find((f) => /categories.*\.csv$/i.test(f));
  if (!file) throw new AppError('not_found', `No categories CSV in hierarchy folder ${folder}`);
  const sectionOfCategory = new Map<string, string>();
  const chapterOfCategory = new Map<string, string>();
  const lines = readFileSync(join(folder, file), 'utf8').split(/\r?\n/).slice(1);
  for (const line of lines) {
    if (line.trim().length === 0) continue;
    const [category, , section, chapter] = splitCsvLine(line);
    if (!category || !section || !chapter) continue;
    sectionOfCategory.set(category.trim(), section.trim());
    chapterOfCategory.set(category.trim(), chapter.trim());
  }
  return { sectionOfCategory, chapterOfCategory };
}

/** ICD-10-CM chapter ranges, used when no hierarchy folder is given (chapter numbers 1-22). */
const CHAPTER_RANGES: Array<[from: string, to: string, chapter: string]> = [
  ['A00', 'B99', '1'],
  ['C00', 'D49', '2'],
  ['D50', 'D89', '3'],
  ['E00', 'E89', '4'],
  ['F01', 'F99', '5'],
  ['G00', 'G99', '6'],
  ['H00', 'H59', '7'],
  ['H60', 'H95', '8'],
  ['I00', 'I99', '9'],
  ['J00', 'J99', '10'],
  ['K00', 'K95', '11'],
  ['L00', 'L99', '12'],
  ['M00', 'M99', '13'],
  ['N00', 'N99', '14'],
  ['O00', 'O9A', '15'],
  ['P00', 'P96', '16'],
  ['Q00', 'Q99', '17'],
  ['R00', 'R99', '18'],
  ['S00', 'T88', '19'],
  ['V00', 'Y99', '20'],
  ['Z00', 'Z99', '21'],
  ['U00', 'U85', '22'],
];

/** Chapter of a code from the fixed chapter ranges (categories compare as strings). */
export function chapterFromRanges(code: string): string | null {
  const category = code.slice(0, 3);
  return CHAPTER_RANGES.find(([from, to]) => category >= from && category <= to)?.[2] ?? null;
}

/** The flat index TSV's text (gzip or plain). */
export function readIndexText(path: string): string {
  const raw = readFileSync(path);
  return path.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
}

/** Index synonyms per code (dotless) from the flat index TSV's text, only for codes in `validCodes`. */
export function readIndexSynonyms(
  text: string,
  validCodes: ReadonlySet<string>,
  maxTermsPerCode = 30,
  /** The billable code a coder takes for a header's term when nothing more is said (defaultCodes). */
  defaultCodeOf: ReadonlyMap<string, string> = new Map(),
): Map<string, string[]> {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t');
  const termIdx = header.indexOf('term_path');
  const codeIdx = header.indexOf('code');
  if (termIdx < 0 || codeIdx < 0) {
    throw new AppError('validation_failed', 'Index TSV needs columns term_path and code');
  }
  const seeIdx = header.indexOf('see');
  const seeAlsoIdx = header.indexOf('see_also');
  const byCode = new Map<string, string[]>();
  const add = (code: string, term: string, cap = maxTermsPerCode) => {
    const terms = byCode.get(code) ?? [];
    if (terms.length < cap) terms.push(term);
    byCode.set(code, terms);
  };
  // Lay terms often point elsewhere ("Sore throat — see Pharyngitis"): remember each main term's own
  // code so such cross-references become synonyms of the code they lead to.
  const mainTermCode = new Map<string, string>();
  const crossRefs: Array<{ term: string; target: string }> = [];
  const headerTerms: Array<{ term: string; code: string }> = [];
  for (const line of lines.slice(1)) {
    const cols = line.split('\t');
    // "S93.40-": the index's dash says more characters follow; the code is the header before it.
    const code = (cols[codeIdx] ?? '').replace('.', '').trim().replace(/-+$/, '').toUpperCase();
    const term = (cols[termIdx] ?? '').trim();
    if (!term) continue;
    if (!code) {
      const see =
        (seeIdx >= 0 ? (cols[seeIdx] ?? '').trim() : '') ||
        (seeAlsoIdx >= 0 ? (cols[seeAlsoIdx] ?? '').trim() : '');
      // Only references to a whole main term ("see Pharyngitis"), not to one of its subterms ("see Hypertension, heart").
      const shortTerm =
        term
          .replace(/\([^)]*\)/g, ' ')
          .split(/[\s-]+/)
          .filter(Boolean).length <= 4;
      if (see && !see.includes(',') && shortTerm)
        crossRefs.push({ term: term.replace(/ - /g, ' '), target: mainTermKey(see) });
      continue;
    }
    // Re-validate against the loaded release: the index is FY2017 and some codes are gone.
    if (!validCodes.has(code)) continue;
    if (!term.includes(' - ')) mainTermCode.set(mainTermKey(term), code);
    add(code, term.replace(/ - /g, ' '));
    // A term that leads to a header (a category FY2026 subdivides, a code that now needs more
    // characters) names its default billable code too ("Carcinoma, renal" → C64 → C64.9).
    const fallback = defaultCodeOf.get(code);
    if (fallback) headerTerms.push({ term: term.replace(/ - /g, ' '), code: fallback });
  }
  for (const { term, code } of headerTerms) add(code, term, maxTermsPerCode + 5);
  for (const ref of crossRefs) {
    const code = mainTermCode.get(ref.target);
    // After the code's own terms, in a few extra places, so cross-references never displace them.
    if (code) add(code, ref.term, maxTermsPerCode + 5);
  }
  return byCode;
}

/** "Pharyngitis (acute) (viral)" and "Pharyngitis, acute" → "pharyngitis". */
function mainTermKey(term: string): string {
  return (term.split(/[(,]/)[0] ?? '').trim().toLowerCase();
}

/**
 * The drug table's class code (T-code of the adverse-effect column, else accidental poisoning) by
 * lowercase substance name, from the ICD-10-CM drug table TSV (substance, poisoning_…, adverse_effect).
 */
export function parseDrugTable(text: string): Record<string, string> {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t');
  const adverse = header.indexOf('adverse_effect');
  const accidental = header.indexOf('poisoning_accidental');
  if (header[0] !== 'substance' || adverse < 0 || accidental < 0)
    throw new AppError(
      'validation_failed',
      'Drug table TSV needs columns substance, poisoning_accidental, adverse_effect',
    );
  const table: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const cols = line.split('\t');
    const substance = (cols[0] ?? '').trim().toLowerCase();
    const code = [cols[adverse], cols[accidental]].find((c) => c && /^T\d/.test(c));
    if (substance && code && !Object.hasOwn(table, substance)) table[substance] = code;
  }
  return table;
}

/**
 * Each header (non-billable code) → the billable code below it that a coder takes when nothing more
 * is said: no side named, the most left unspecified (site, type), initial encounter for a 7-character
 * code, then the shortest and first; never one naming a sex the header does not name. Headers without billable codes below have none.
 */
export function defaultCodes(rows: readonly OrderRow[]): Map<string, string> {
  const billable = rows
    .filter((r) => r.billable)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const unspecified = (title: string) => (title.match(/\bunspecified\b|\bNOS\b/gi) ?? []).length;
  const sided = (title: string) => (/\b(right|left|bilateral)\b/i.test(title) ? 1 : 0);
  const sexed = (title: string) => /\b(female|male)\b/i.test(title);
  // Lower is better: sided titles last, then fewer "unspecified", then longer codes.
  const worse = (a: OrderRow, b: OrderRow) =>
    sided(a.longTitle) - sided(b.longTitle) ||
    unspecified(b.longTitle) - unspecified(a.longTitle) ||
    a.code.length - b.code.length;
  const out = new Map<string, string>();
  for (const header of rows) {
    if (header.billable) continue;
    // The codes below a header are contiguous in code order: find the first, walk while they share it.
    let lo = 0;
    let hi = billable.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((billable[mid]?.code ?? '') < header.code) lo = mid + 1;
      else hi = mid;
    }
    let best: OrderRow | undefined;
    for (let k = lo; k < billable.length; k++) {
      const r = billable[k];
      if (!r?.code.startsWith(header.code)) break;
      // Subsequent encounters and sequelae are never the default.
      if (r.code.length === 7 && !r.code.endsWith('A')) continue;
      // Nor one that names a sex the header's term does not: a code must not assume the patient's sex.
      if (sexed(r.longTitle) && !sexed(header.longTitle)) continue;
      if (!best || worse(r, best) < 0) best = r;
    }
    if (best) out.set(header.code, best.code);
  }
  return out;
}
