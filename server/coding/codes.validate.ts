import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { icd10Codes } from '../db/schema/icd10.js';
import { CODE_PATTERN } from './icd10-source.js';

export interface ValidatedCode {
  code: string;
  display: string;
  shortTitle: string;
}

export interface CodeValidation {
  /** Accepted codes (dotless, uppercase) in input order, without duplicates. */
  accepted: ValidatedCode[];
  /** Inputs that are malformed, unknown in the loaded release, or not billable. */
  rejected: Array<{ input: string; reason: 'malformed' | 'unknown' | 'not_billable' }>;
}

/** "e11.9 " → "E119"; null when it cannot be an ICD-10-CM code. */
export function normaliseCode(input: string): string | null {
  const compact = input.trim().toUpperCase().replace('.', '');
  return CODE_PATTERN.test(compact) ? compact : null;
}

/**
 * The server accepts only codes that exist and are billable in the loaded release, whoever proposed
 * them (suggestion engine, LLM, client).
 */
export async function validateCodes(db: Db, inputs: readonly string[]): Promise<CodeValidation> {
  const rejected: CodeValidation['rejected'] = [];
  const wanted: string[] = [];
  for (const input of inputs) {
    const code = normaliseCode(input);
    if (!code) rejected.push({ input, reason: 'malformed' });
    else if (!wanted.includes(code)) wanted.push(code);
  }
  if (wanted.length === 0) return { accepted: [], rejected };
  const rows = await db
    .select({
      code: icd10Codes.code,
      display: icd10Codes.longTitle,
      shortTitle: icd10Codes.shortTitle,
      billable: icd10Codes.billable,
    })
    .from(icd10Codes)
    .where(inArray(icd10Codes.code, wanted));
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const accepted: ValidatedCode[] = [];
  for (const code of wanted) {
    const row = byCode.get(code);
    if (!row) rejected.push({ input: code, reason: 'unknown' });
    else if (!row.billable) rejected.push({ input: code, reason: 'not_billable' });
    else accepted.push({ code: row.code, display: row.display, shortTitle: row.shortTitle });
  }
  return { accepted, rejected };
}

/** Whether any release is loaded (suggestions are skipped, with a warning, when not). */
export async function hasCodeTable(db: Db): Promise<boolean> {
  const rows = await db
    .select({ code: icd10Codes.code })
    .from(icd10Codes)
    .where(and(eq(icd10Codes.billable, true)))
    .limit(1);
  return rows.length > 0;
}
