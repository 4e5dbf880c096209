import { AppError } from '../../errors.js';

/** ICD-10-CM code as displayed, with the dot after the category: "E119" → "E11.9", "I10" → "I10". */
export function dottedIcd10(code: string): string {
  const bare = code.replace('.', '').toUpperCase();
  if (!/^[A-Z][0-9][0-9A-Z]{1,5}$/.test(bare)) {
    throw new AppError('validation_failed', 'Not an ICD-10-CM code', { details: { code } });
  }
  return bare.length > 3 ? `${bare.slice(0, 3)}.${bare.slice(3)}` : bare;
}
