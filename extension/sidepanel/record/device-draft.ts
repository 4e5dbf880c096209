import type { NoteContent } from '../../../shared/clinical/note.js';
import { draftOffline } from '../../../shared/clinical/offline/index.js';
import type { TemplateBody } from '../../../shared/clinical/template.js';
import { builtinTemplates } from '../../../shared/clinical/templates/index.js';
import type { TranscriptSegment } from '../../../shared/clinical/transcript.js';
import type { CachedTemplates } from '../../lib/storage/template-cache.js';

/** The template to draft with on this device: the organisation's copy, else the built-in one, else SOAP. */
export function deviceTemplate(key: string, cached: CachedTemplates): { key: string; body: TemplateBody } {
  const found = cached.find((t) => t.key === key) ?? builtinTemplates.find((t) => t.key === key);
  if (found) return { key, body: found.body };
  const soap = builtinTemplates.find((t) => t.key === 'soap')!;
  return { key: 'soap', body: soap.body };
}

/**
 * Drafts the note on this device with the offline drafter (no network, no model): every sentence
 * linked to its transcript words. The server drafts the note's first version the same way on sync.
 */
export function draftOnDevice(
  segments: TranscriptSegment[],
  templateKey: string,
  cached: CachedTemplates,
): { templateKey: string; content: NoteContent } {
  const template = deviceTemplate(templateKey, cached);
  const { content } = draftOffline(segments, template.body);
  const warnings =
    template.key === templateKey
      ? content.warnings
      : [`The template “${templateKey}” is not on this device; drafted with SOAP.`, ...content.warnings];
  return { templateKey: template.key, content: { ...content, warnings } };
}
