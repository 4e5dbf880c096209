import { AppError } from '../../errors.js';
import type { TranscriptSegment } from '../transcript.js';
import { parseAciDialogue } from './aci.js';
import { parseJsonSegments } from './json.js';
import { parsePlainText } from './plain.js';

export { type AciImport, parseAciDialogue } from './aci.js';
export { parseJsonSegments } from './json.js';
export { parsePlainText } from './plain.js';

export type TranscriptFormat = 'aci' | 'plain' | 'json';

export interface ImportedTranscript {
  format: TranscriptFormat;
  segments: TranscriptSegment[];
  /** Things the user should know about the import (no transcript text). */
  warnings: string[];
}

/** Guess the format of an uploaded transcript file's text. */
export function detectTranscriptFormat(text: string): TranscriptFormat {
  const head = text.trimStart();
  if (head.startsWith('[') && !/^\[(doctor|patient)/i.test(head)) return 'json';
  if (head.startsWith('{')) return 'json';
  if (/\[(doctor|patient|patient_guest|clinician)\]/i.test(text)) return 'aci';
  return 'plain';
}

/** Import a transcript from text in any supported format (auto-detected unless given). */
export function importTranscript(
  text: string,
  format: TranscriptFormat = detectTranscriptFormat(text),
): ImportedTranscript {
  if (format === 'json') {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new AppError('invalid_transcript', 'Transcript file is not valid JSON', { cause });
    }
    return { format, segments: parseJsonSegments(json), warnings: [] };
  }
  if (format === 'aci') {
    const { segments, swapped } = parseAciDialogue(text);
    const warnings = swapped ? ['Speaker tags looked swapped ([doctor]/[patient]) and were corrected.'] : [];
    return { format, segments, warnings };
  }
  return {
    format,
    segments: parsePlainText(text),
    warnings: ['Transcript has no speaker labels; sections are assigned from wording only.'],
  };
}
