import { z } from 'zod';
import { boundedText } from '../api/bounded.js';

/** Fact categories the offline drafter routes into sections. */
export const factCategorySchema = z.enum([
  'chief-complaint',
  'hpi',
  'symptom',
  'history',
  'medication',
  'allergy',
  'social',
  'family',
  'ros',
  'vitals',
  'exam',
  'results',
  'assessment',
  'plan',
  'follow-up',
]);
export type FactCategory = z.infer<typeof factCategorySchema>;

export const templateSectionSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/),
  title: boundedText(120, { min: 1 }),
  /** What belongs in the section, for people. */
  description: boundedText(2_000).default(''),
  /** Extra instructions for the LLM drafter. */
  guidance: boundedText(4_000).default(''),
  /** Rules for the offline drafter: which fact categories land here. */
  rules: z.object({ categories: z.array(factCategorySchema).max(20) }).default({ categories: [] }),
});
export type TemplateSection = z.infer<typeof templateSectionSchema>;

/** A note template is data: admins edit, version and publish it. */
export const templateBodySchema = z.object({
  name: boundedText(120, { min: 1 }),
  specialty: boundedText(120).default('general'),
  style: z.enum(['paragraphs', 'bullets']).default('paragraphs'),
  sections: z.array(templateSectionSchema).min(1).max(30),
});
export type TemplateBody = z.infer<typeof templateBodySchema>;
