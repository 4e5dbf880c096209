import { readFileSync } from 'node:fs';

/**
 * The official ICD-10-CM tabular list XML (icd10cm_tabular_YYYY.xml), when an operator supplies it:
 * inclusion terms (more names a code goes by) and Excludes1 notes (conditions never coded together).
 * The team library does not carry it, so every use is optional.
 */
export interface TabularNotes {
  /** Dotless code → inclusion terms written under it. */
  inclusionTerms: Map<string, string[]>;
  /** Dotless code → dotless code prefixes its Excludes1 notes name ("J45.-" → "J45"). */
  excludes1: Map<string, string[]>;
}

const decode = (text: string): string =>
  text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

/** Code prefixes named in a note: "(J45.-)", "(A00-A09)" gives A00 only as a range start, "(E11.9)". */
export function codesInNote(note: string): string[] {
  const codes = new Set<string>();
  for (const m of note.matchAll(/\b([A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?)(?:\.-|-)?/g)) {
    const code = (m[1] ?? '').replace('.', '');
    if (code) codes.add(code);
  }
  return [...codes];
}

/**
 * Parses the tabular XML with a tag scanner (no XML library): each <diag> opens a code whose <name>
 * follows; <inclusionTerm> and <excludes1> <note>s belong to the innermost open code.
 */
export function parseTabularXml(xml: string): TabularNotes {
  const inclusionTerms = new Map<string, string[]>();
  const excludes1 = new Map<string, string[]>();
  const stack: string[] = [];
  let block: 'inclusionTerm' | 'excludes1' | null = null;
  let expectName = false;
  const tags =
    /<(\/?)(diag|name|inclusionTerm|excludes1|note)\b[^>]*>([^<]*(?:<!\[CDATA\[[\s\S]*?\]\]>[^<]*)?)/g;
  for (const m of xml.matchAll(tags)) {
    const [, closing, tag, after = ''] = m;
    if (tag === 'diag') {
      if (closing) stack.pop();
      else expectName = true;
    } else if (tag === 'name' && !closing && expectName) {
      stack.push(decode(after).replace('.', '').toUpperCase());
      expectName = false;
    } else if (tag === 'inclusionTerm' || tag === 'excludes1') {
      block = closing ? null : tag;
    } else if (tag === 'note' && !closing && block) {
      const code = stack[stack.length - 1];
      const text = decode(after);
      if (!code || !text) continue;
      if (block === 'inclusionTerm') inclusionTerms.set(code, [...(inclusionTerms.get(code) ?? []), text]);
      else excludes1.set(code, [...new Set([...(excludes1.get(code) ?? []), ...codesInNote(text)])]);
    }
  }
  return { inclusionTerms, excludes1 };
}

export const readTabularXml = (path: string): TabularNotes => parseTabularXml(readFileSync(path, 'utf8'));

/**
 * Inclusion terms of a billable code: its own and those of its parents (a category's inclusion terms
 * apply to every code under it), for use as search synonyms.
 */
export function inclusionTermsOf(code: string, notes: TabularNotes): string[] {
  const terms: string[] = [];
  for (let length = 3; length <= code.length; length++)
    terms.push(...(notes.inclusionTerms.get(code.slice(0, length)) ?? []));
  return terms;
}

/** Excludes1 prefixes that apply to a code (its own notes and its parents'). */
export function excludes1Of(code: string, notes: TabularNotes): string[] {
  const prefixes: string[] = [];
  for (let length = 3; length <= code.length; length++)
    prefixes.push(...(notes.excludes1.get(code.slice(0, length)) ?? []));
  return [...new Set(prefixes)];
}
