import type { NoteContent } from '../note.js';
import { dottedIcd10 } from './icd10.js';
import { noteToText } from './text.js';

/** What the inserted EHR text says about the note besides its content. */
export interface EhrTextMeta {
  status: 'draft' | 'signed';
  /** The signer of a signed note; the encounter's clinician for a draft. */
  author: string;
  /** ISO time of signing (signed notes only). */
  signedAt?: string;
  patientName?: string;
  mrn: string;
  visitDate: string;
  version: number;
  title?: string;
  style?: 'paragraphs' | 'bullets';
  addenda: ReadonlyArray<{ text: string; createdAt: string; author?: string }>;
  /**
   * Accepted codes, printed only when the EHR site asks for them; one accepted after signing says
   * so (it is not part of what was signed).
   */
  acceptedCodes?: ReadonlyArray<{ code: string; display: string; afterSigning?: { by: string; at: string } }>;
}

/** `2026-11-30 14:03 UTC`: unambiguous in any EHR, whatever the reader's time zone. */
export const utcMinute = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/**
 * The first line of every inserted note: a draft must never look final in the chart, so its status
 * comes first, in capitals, with who is responsible for it.
 */
export function ehrStatusLine(meta: Pick<EhrTextMeta, 'status' | 'author' | 'signedAt' | 'version'>) {
  if (meta.status === 'signed' && meta.signedAt)
    return `SIGNED by ${meta.author} on ${utcMinute(meta.signedAt)} (Scribe note v${meta.version})`;
  return `DRAFT - NOT SIGNED. Author: ${meta.author} (Scribe note v${meta.version}, not reviewed for signature)`;
}

/** Plain text for an EHR note field: status line, patient lines, sections, addenda, optional codes. */
export function noteToEhrText(content: NoteContent, meta: EhrTextMeta): string {
  const body = noteToText(content, {
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.patientName ? { patientName: meta.patientName } : {}),
    mrn: meta.mrn,
    encounterDate: meta.visitDate,
    ...(meta.style ? { style: meta.style } : {}),
  });
  const blocks = [ehrStatusLine(meta), body.trimEnd()];
  for (const a of meta.addenda) {
    blocks.push(`ADDENDUM ${utcMinute(a.createdAt)}${a.author ? ` by ${a.author}` : ''}\n${a.text}`);
  }
  if (meta.acceptedCodes && meta.acceptedCodes.length > 0) {
    const lines = meta.acceptedCodes.map(
      (k) =>
        `${dottedIcd10(k.code)} ${k.display}${k.afterSigning ? ` (coded after signing by ${k.afterSigning.by} at ${utcMinute(k.afterSigning.at)})` : ''}`,
    );
    blocks.push(`CODES (ICD-10-CM, accepted)\n${lines.join('\n')}`);
  }
  return `${blocks.join('\n\n')}\n`;
}
