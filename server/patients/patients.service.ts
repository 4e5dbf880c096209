import { eq } from 'drizzle-orm';
import type { PatientInput } from '../../shared/api/encounters.js';
import type { Executor } from '../db/client.js';
import { patients } from '../db/schema/index.js';

/** Finds the patient by MRN or creates them; a new display name updates the record. */
export async function upsertPatient(db: Executor, input: PatientInput) {
  const [existing] = await db.select().from(patients).where(eq(patients.mrn, input.mrn)).limit(1);
  if (existing) {
    if (input.displayName && input.displayName !== existing.displayName) {
      const [updated] = await db
        .update(patients)
        .set({ displayName: input.displayName })
        .where(eq(patients.id, existing.id))
        .returning();
      return updated!;
    }
    return existing;
  }
  const [created] = await db
    .insert(patients)
    .values({ mrn: input.mrn, displayName: input.displayName ?? null })
    .onConflictDoUpdate({ target: patients.mrn, set: { mrn: input.mrn } })
    .returning();
  return created!;
}
