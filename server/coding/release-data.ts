import type { Db } from '../db/client.js';
import { icd10Codes, icd10Excludes1, icd10Release } from '../db/schema/icd10.js';
import type { SeeReference } from './see-references.js';

/** The loaded release as the importer stored it (icd10_codes, icd10_excludes1, icd10_release). */
export interface ReleaseData {
  /** New on every import; '' for a table loaded before imports recorded one. */
  id: string;
  codes: ReadonlyArray<{
    code: string;
    longTitle: string;
    shortTitle: string;
    synonyms: string;
    billable: boolean;
  }>;
  excludes1: ReadonlyArray<{ code: string; excluded: string }>;
  seeReferences: readonly SeeReference[];
  indexMainTerms: readonly string[];
  drugClasses: Readonly<Record<string, string>>;
}

/** The id of the release now loaded ('' when none was recorded): one primary-key read. */
export async function currentReleaseId(db: Db): Promise<string> {
  const rows = await db.select({ id: icd10Release.id }).from(icd10Release).limit(1);
  return rows[0]?.id ?? '';
}

/** Everything code suggestion needs of the loaded release, read once per release and process. */
export async function loadReleaseData(db: Db): Promise<ReleaseData> {
  const [release] = await db.select().from(icd10Release).limit(1);
  const codes = await db
    .select({
      code: icd10Codes.code,
      longTitle: icd10Codes.longTitle,
      shortTitle: icd10Codes.shortTitle,
      synonyms: icd10Codes.synonyms,
      billable: icd10Codes.billable,
    })
    .from(icd10Codes);
  const excludes1 = await db
    .select({ code: icd10Excludes1.code, excluded: icd10Excludes1.excluded })
    .from(icd10Excludes1);
  return {
    id: release?.id ?? '',
    codes,
    excludes1,
    seeReferences: release?.seeReferences ?? [],
    indexMainTerms: release?.indexMainTerms ?? [],
    drugClasses: release?.drugClasses ?? {},
  };
}
