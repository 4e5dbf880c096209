import { z } from 'zod';
import { boundedText } from '../api/bounded.js';
import { evidenceSchema } from './evidence.js';

/**
 * How well a sentence is backed by the transcript:
 * - supported: every evidence range exists in the transcript;
 * - unsupported: generated text without valid evidence (shown flagged, never silently kept as fact);
 * - edited: written or changed by a person, who is its source.
 */
export const sentenceSupportSchema = z.enum(['supported', 'unsupported', 'edited']);

export const noteSentenceSchema = z.object({
  id: boundedText(64, { min: 1 }),
  text: boundedText(10_000),
  evidence: z.array(evidenceSchema).max(200).default([]),
  support: sentenceSupportSchema.default('edited'),
  /** ConText assertion of the main finding, when the drafter knows it. */
  assertion: z.enum(['present', 'negated', 'possible', 'historical', 'family', 'hypothetical']).optional(),
  /**
   * Why the clinician must reword this sentence before signing: the drafter kept it for its clinical
   * content but could not rewrite it cleanly as documentation (e.g. "still worded as conversation").
   */
  review: z.string().max(300).optional(),
  /**
   * A problem heading in the assessment and plan ("Community-acquired pneumonia"): the sentences
   * after it, up to the next heading, are that problem's reasoning, treatment and follow-up.
   */
  heading: z.boolean().optional(),
});
export type NoteSentence = z.infer<typeof noteSentenceSchema>;

export const noteSectionSchema = z.object({
  id: boundedText(64, { min: 1 }),
  title: boundedText(200, { min: 1 }),
  sentences: z.array(noteSentenceSchema).max(2_000),
});
export type NoteSection = z.infer<typeof noteSectionSchema>;

/** The content of one note version: what the clinician reads, edits and signs. */
export const noteContentSchema = z.object({
  sections: z.array(noteSectionSchema).max(50),
  /** Which engine produced the text this version started from. */
  drafter: z.enum(['manual', 'offline', 'llm']).default('manual'),
  /** Visible warnings (e.g. "LLM endpoint failed; offline draft used"). No PHI. */
  warnings: z.array(boundedText(500)).max(50).default([]),
});
export type NoteContent = z.infer<typeof noteContentSchema>;
