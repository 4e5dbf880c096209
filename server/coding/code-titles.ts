import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { icd10Codes, icd10Excludes1 } from '../db/schema/icd10.js';

/** Long titles of those `codes` that the loaded release lists as billable (others are absent). */
export async function titlesOf(db: Db, codes: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ code: icd10Codes.code, title: icd10Codes.longTitle })
    .from(icd10Codes)
    .where(and(inArray(icd10Codes.code, unique), eq(icd10Codes.billable, true)));
  return new Map(rows.map((r) => [r.code, r.title]));
}

/** Excludes1 pairs (code, excluded prefix) among `codes`, when the tabular XML was imported. */
export async function excludes1Among(
  db: Db,
  codes: readonly string[],
): Promise<Array<{ code: string; excluded: string }>> {
  if (codes.length === 0) return [];
  return db
    .select({ code: icd10Excludes1.code, excluded: icd10Excludes1.excluded })
    .from(icd10Excludes1)
    .where(inArray(icd10Excludes1.code, [...new Set(codes)]));
}
