/**
 * Replaces direct identifiers with placeholders ([NAME_1], [MRN_1], [PHONE_1], [EMAIL_1], [DATE_1])
 * before text leaves for a remote LLM, and restores them in the reply. The same value always gets the
 * same placeholder within one minimiser, so the model can still tell people apart.
 */
export interface PhiMinimiser {
  redact(text: string): string;
  restore(text: string): string;
}

export interface PhiHints {
  /** Names known to belong to the encounter (patient display name, clinician, companions). */
  names?: ReadonlyArray<string | null | undefined>;
  mrn?: string | null;
  /** Texts scanned up front for names after titles (Mr, Dr…), so every text redacts them alike. */
  scan?: readonly string[];
}

type Kind = 'NAME' | 'MRN' | 'PHONE' | 'EMAIL' | 'DATE';

const TITLE_NAME =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Doctor|Prof|Professor)\.?\s+([A-Z][a-zA-Z'-]+(?:\s+[A-Z][a-zA-Z'-]+)?)/g;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const PHONE = /(?:\+?\d{1,2}[\s.-]?)?(?:\(\d{3}\)|\b\d{3})[\s.-]?\d{3}[\s.-]?\d{4}\b/g;
// An identifier after an MRN label must contain a digit, so "record number shows" stays text.
const MRN_LABELLED =
  /\b(?:MRN|medical record(?: number)?|record number)\s*(?:is|:|#|no\.?)?\s*((?=[A-Z-]*\d)[A-Z0-9][A-Z0-9-]{3,})\b/gi;
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DATES = [
  /\b\d{4}-\d{2}-\d{2}\b/g,
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g,
  new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b`, 'gi'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+\\d{4})?\\b`, 'gi'),
];
const PLACEHOLDER = /\[(NAME|MRN|PHONE|EMAIL|DATE)_(\d+)\]/g;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createPhiMinimiser(hints: PhiHints = {}): PhiMinimiser {
  const valueToPlaceholder = new Map<string, string>();
  const placeholderToValue = new Map<string, string>();
  const counters: Record<Kind, number> = { NAME: 0, MRN: 0, PHONE: 0, EMAIL: 0, DATE: 0 };

  const placeholderFor = (kind: Kind, value: string): string => {
    const key = `${kind}:${value.toLowerCase()}`;
    let placeholder = valueToPlaceholder.get(key);
    if (!placeholder) {
      counters[kind] += 1;
      placeholder = `[${kind}_${counters[kind]}]`;
      valueToPlaceholder.set(key, placeholder);
      placeholderToValue.set(placeholder, value);
    }
    return placeholder;
  };

  const knownNames = new Set<string>();
  const addName = (name: string) => {
    const trimmed = name.trim();
    if (trimmed.length < 2) return;
    knownNames.add(trimmed);
    // "Jane Doe" is also called "Jane" and "Ms Doe".
    for (const part of trimmed.split(/\s+/)) if (part.length >= 2) knownNames.add(part);
  };
  for (const name of hints.names ?? []) if (name) addName(name);
  for (const text of hints.scan ?? [])
    for (const match of text.matchAll(TITLE_NAME)) if (match[1]) addName(match[1]);

  const redactNames = (text: string): string => {
    for (const match of text.matchAll(TITLE_NAME)) if (match[1]) addName(match[1]);
    // Longest first, so "Jane Doe" becomes one placeholder rather than two.
    const names = [...knownNames].sort((a, b) => b.length - a.length);
    if (names.length === 0) return text;
    const pattern = new RegExp(`\\b(?:${names.map(escapeRegExp).join('|')})\\b`, 'gi');
    return text.replace(pattern, (value) => placeholderFor('NAME', value));
  };

  return {
    redact(text: string): string {
      let out = text;
      if (hints.mrn && hints.mrn.trim().length > 0) {
        out = out.replace(new RegExp(escapeRegExp(hints.mrn.trim()), 'gi'), (v) => placeholderFor('MRN', v));
      }
      out = out.replace(MRN_LABELLED, (whole, id: string) => whole.replace(id, placeholderFor('MRN', id)));
      out = out.replace(EMAIL, (v) => placeholderFor('EMAIL', v));
      out = out.replace(PHONE, (v) => placeholderFor('PHONE', v));
      for (const pattern of DATES) out = out.replace(pattern, (v) => placeholderFor('DATE', v));
      return redactNames(out);
    },
    restore(text: string): string {
      return text.replace(PLACEHOLDER, (placeholder) => placeholderToValue.get(placeholder) ?? placeholder);
    },
  };
}

/** A minimiser that changes nothing (local endpoints, or minimisation switched off). */
export const identityMinimiser: PhiMinimiser = { redact: (t) => t, restore: (t) => t };
