import { eq } from 'drizzle-orm';
import type { PatientInput, UpdatePatientRequest } from '../../shared/api/encounters.js';
import type { Patient } from '../../shared/api/encounters.responses.js';
import { AppError } from '../../shared/errors.js';
import { patients } from '../db/schema/index.js';
import type { PatientRow } from './access.js';
import type { Work } from './unit-of-work.js';

export const toPatientDto = (p: PatientRow): Patient => ({
  id: p.id,
  mrn: p.mrn,
  displayName: p.displayName,
  birthDate: p.birthDate,
  sex: p.sex,
});

const identityFields = ['displayName', 'birthDate', 'sex'] as const;
type IdentityField = (typeof identityFields)[number];

// Names compare without regard to case or runs of spaces: "Ann  LEE" is the same person as "Ann Lee".
const comparable = (field: IdentityField, v: string) =>
  field === 'displayName' ? v.trim().replace(/\s+/g, ' ').toLowerCase() : v;

/**
 * The patient with this MRN, created if new. Starting an encounter never renames anyone: details
 * that contradict the stored record answer 409 patient_mismatch (a mistyped MRN would otherwise put
 * this note on another patient's chart); details the record lacks are filled in, audited.
 */
export async function findOrCreatePatient(w: Work, input: PatientInput): Promise<PatientRow> {
  const [existing] = await w.tx.select().from(patients).where(eq(patients.mrn, input.mrn)).limit(1);
  if (!existing) {
    const [created] = await w.tx
      .insert(patients)
      .values({
        mrn: input.mrn,
        displayName: input.displayName ?? null,
        birthDate: input.birthDate ?? null,
        sex: input.sex ?? null,
        createdAt: w.now,
      })
      .returning();
    await w.record({
      action: 'patient.create',
      entityType: 'patient',
      entityId: created!.id,
      patientId: created!.id,
      severity: 'normal',
    });
    return created!;
  }
  const missing: Partial<Pick<PatientInput, IdentityField>> = {};
  for (const field of identityFields) {
    const given = input[field];
    if (given === undefined || given === null) continue;
    const stored = existing[field];
    if (stored === null) Object.assign(missing, { [field]: given });
    else if (comparable(field, stored) !== comparable(field, given))
      throw new AppError(
        'patient_mismatch',
        'This MRN belongs to a patient with other details; check the MRN, or ask staff to correct the record',
        { details: { fields: [field] } },
      );
  }
  if (Object.keys(missing).length === 0) return existing;
  const [completed] = await w.tx
    .update(patients)
    .set({ ...missing, updatedAt: w.now })
    .where(eq(patients.id, existing.id))
    .returning();
  await w.record({
    action: 'patient.identity_complete',
    entityType: 'patient',
    entityId: existing.id,
    patientId: existing.id,
    severity: 'normal',
  });
  return completed!;
}

export async function findPatientByMrn(w: Work, mrn: string): Promise<PatientRow | undefined> {
  const [p] = await w.tx.select().from(patients).where(eq(patients.mrn, mrn)).limit(1);
  return p;
}

export async function patientById(w: Work, id: string): Promise<PatientRow> {
  const [p] = await w.tx.select().from(patients).where(eq(patients.id, id)).limit(1);
  if (!p) throw new AppError('not_found', 'No such patient');
  w.patientId = p.id;
  return p;
}

/** A correction of identity fields: the one path that changes them (staff; audited, severity high). */
export async function correctPatientIdentity(
  w: Work,
  id: string,
  patch: UpdatePatientRequest,
): Promise<PatientRow> {
  const current = await patientById(w, id);
  if (patch.mrn !== undefined && patch.mrn !== current.mrn) {
    const [taken] = await w.tx.select().from(patients).where(eq(patients.mrn, patch.mrn)).limit(1);
    if (taken) throw new AppError('conflict', 'Another patient has this MRN');
  }
  const [updated] = await w.tx
    .update(patients)
    .set({ ...patch, updatedAt: w.now })
    .where(eq(patients.id, id))
    .returning();
  return updated!;
}
