import type { Note } from '../../../shared/api/notes.responses.js';

export interface PatientIdentity {
  displayName: string | null;
  mrn: string;
  /** ISO date (or date-time) of the visit. */
  visitDate: string;
}

/** "2026-11-30": the visit date as the EHR shows it, without the reader's time zone shifting it. */
export const visitDay = (iso: string) => iso.slice(0, 10);

/** Who this note is about, when, and how final it is: on every review screen, before anything else. */
export function PatientBanner({ patient, note }: { patient: PatientIdentity | null; note: Note }) {
  const signed = note.status === 'signed';
  return (
    <section className="patient-banner" aria-label="Patient" data-testid="patient-banner">
      <div className="patient-name">
        {patient ? (patient.displayName ?? 'Unnamed patient') : 'Loading patient…'}
      </div>
      {patient && (
        <div className="patient-ids">
          <span>
            MRN{' '}
            <strong className="mono" data-testid="patient-mrn">
              {patient.mrn}
            </strong>
          </span>
          <span>Visit {visitDay(patient.visitDate)}</span>
        </div>
      )}
      <div className="row">
        <span className={`badge ${signed ? 'ok' : 'info'}`} data-testid="note-status">
          {signed ? 'Signed' : 'Draft'}
        </span>
        <span className="badge">Version {note.version}</span>
        {note.integrity === 'broken' && <span className="badge danger">Integrity check failed</span>}
      </div>
    </section>
  );
}
