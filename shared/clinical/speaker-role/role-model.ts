import { z } from 'zod';

/** The roles the model tells apart, in the order of every weight vector. */
export const ROLE_CLASSES = ['clinician', 'patient', 'other'] as const;
export type InferredRole = (typeof ROLE_CLASSES)[number];

const triple = z.tuple([z.number().int(), z.number().int(), z.number().int()]);

/**
 * Committed weights of the speaker-role model (naive Bayes over binary sentence features, with a
 * turn-taking model between sentences). Log values are stored as integers in hundredths to keep the
 * file small; regenerate with `npm run models:train-speaker-role`.
 */
export const roleModelSchema = z.object({
  version: z.literal(1),
  classes: z.tuple([z.literal('clinician'), z.literal('patient'), z.literal('other')]),
  /** Divides the summed log-likelihoods: naive Bayes counts correlated words as independent. */
  temperature: z.number().positive(),
  logPrior: triple,
  /** Log transition probabilities from one sentence's role to the next one's, by row. */
  logStayInSegment: z.tuple([triple, triple, triple]),
  logNextSegment: z.tuple([triple, triple, triple]),
  /** Log P(feature present | role) for each retained feature. */
  features: z.record(z.string(), triple),
});
export type RoleModel = z.infer<typeof roleModelSchema>;

/** Hundredths of a natural log, as stored in the weights file. */
export const QUANTUM = 100;
