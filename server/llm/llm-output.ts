import { z } from 'zod';
import type { Evidence } from '../../shared/clinical/evidence.js';
import type { NoteContent, NoteSentence } from '../../shared/clinical/note.js';
import { isHeadingSection, proseDefects } from '../../shared/clinical/quality/prose-defects.js';
import type { TemplateBody } from '../../shared/clinical/template.js';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';
import type { PhiMinimiser } from './phi-minimiser.js';

const assertionSchema = z.enum(['present', 'negated', 'possible', 'historical', 'family', 'hypothetical']);

/** What the model must return; anything else is garbage and triggers the offline fallback. */
export const llmNoteSchema = z.object({
  sections: z
    .array(
      z.object({
        id: z.string().max(64),
        sentences: z
          .array(
            z.object({
              text: z.string().min(1).max(5_000),
              // Older or looser models leave it out: a sentence is then plain prose.
              heading: z.boolean().nullish(),
              evidence: z
                .array(z.object({ seq: z.number().int(), quote: z.string().max(2_000).nullish() }))
                .max(50)
                .default([]),
              assertion: assertionSchema.nullish(),
            }),
          )
          .max(500),
      }),
    )
    .max(50),
  codes: z
    .array(z.object({ code: z.string().max(16), seqs: z.array(z.number().int()).max(20).default([]) }))
    .max(50)
    .default([]),
});
export type LlmNote = z.infer<typeof llmNoteSchema>;

export interface LlmProposedCode {
  code: string;
  evidence: Evidence[];
}

/** A template section that holds an assessment or plan (by what it collects, whatever its id). */
const holdsProblems = (section: TemplateBody['sections'][number]) =>
  section.rules.categories.some((c) => c === 'assessment' || c === 'plan' || c === 'follow-up');

/** A heading names a problem: a short line, no sentence inside it (else it is prose marked as one). */
function isProblemName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length > 0 && words.length <= 12 && !/[.!?]\s+\S/.test(text.trim());
}

/** Char range of `quote` in the segment (case-insensitive), else the whole segment. */
function locate(segment: TranscriptSegment, quote: string | null | undefined): Evidence {
  const whole = { seq: segment.seq, start: 0, end: segment.text.length };
  const needle = quote?.trim();
  if (!needle) return whole;
  const start = segment.text.toLowerCase().indexOf(needle.toLowerCase());
  return start < 0 ? whole : { seq: segment.seq, start, end: start + needle.length };
}

/**
 * Turns validated model output into note content in template order. Evidence that points at a
 * segment that does not exist is dropped; a sentence left without evidence is kept but flagged
 * 'unsupported' so the clinician sees it is not backed by the transcript.
 */
export function toNoteContent(
  note: LlmNote,
  template: TemplateBody,
  segments: readonly TranscriptSegment[],
  phi: PhiMinimiser,
): { content: NoteContent; codes: LlmProposedCode[]; unsupportedSentences: number } {
  const bySeq = new Map(segments.map((s) => [s.seq, s]));
  const evidenceOf = (items: ReadonlyArray<{ seq: number; quote?: string | null }>): Evidence[] =>
    items.flatMap((e) => {
      const segment = bySeq.get(e.seq);
      return segment ? [locate(segment, e.quote == null ? null : phi.restore(e.quote))] : [];
    });
  let unsupportedSentences = 0;
  const sections = template.sections.map((section) => {
    const fromModel = note.sections.filter((s) => s.id === section.id).flatMap((s) => s.sentences);
    const sentences: NoteSentence[] = fromModel.map((s, i) => {
      const evidence = evidenceOf(s.evidence);
      if (evidence.length === 0) unsupportedSentences += 1;
      const text = phi.restore(s.text);
      // A problem heading is a name, not prose; only in the assessment and plan, where a note has them.
      const heading = s.heading === true && holdsProblems(section) && isProblemName(text);
      const defects = proseDefects(text, { heading: heading || isHeadingSection(section.id) });
      return {
        id: `${section.id}-${i + 1}`.slice(0, 64),
        text: heading ? text.replace(/[.:]\s*$/, '') : text,
        evidence,
        support: evidence.length > 0 ? 'supported' : 'unsupported',
        ...(heading ? { heading: true } : {}),
        ...(s.assertion ? { assertion: s.assertion } : {}),
        // The model was told not to write conversation; when it does anyway the clinician must see it.
        ...(defects.length > 0
          ? { review: `Still worded as conversation (${defects.join(', ')}): reword before signing.` }
          : {}),
      };
    });
    return { id: section.id, title: section.title, sentences };
  });
  const codes = note.codes.map((c) => ({
    code: c.code,
    evidence: evidenceOf(c.seqs.map((seq) => ({ seq, quote: null }))),
  }));
  return { content: { sections, drafter: 'llm', warnings: [] }, codes, unsupportedSentences };
}
