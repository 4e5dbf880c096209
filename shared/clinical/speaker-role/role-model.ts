import { z } from 'zod';

/** The roles the model tells apart, in the order of every weight vector. */
export const ROLE_CLASSES = ['clinician', 'patient', 'other'] as const;
export type InferredRole = (typeof ROLE_CLASSES)[number];

const triple = z.tuple([z.number().int(), z.number().int(), z.number().int()]);
const transitions = z.tuple([triple, triple, triple]);

/**
 * Committed weights of the speaker-role model: a logistic regression over binary sentence features
 * (its own words and its neighbours'), whose per-sentence evidence a turn-taking chain combines over
 * the conversation. Values are stored as integers in hundredths to keep the file small; regenerate
 * with `npm run models:train-speaker-role`.
 */
export const roleModelSchema = z.object({
  version: z.literal(3),
  classes: z.tuple([z.literal('clinician'), z.literal('patient'), z.literal('other')]),
  /** Multiplies the per-sentence log-odds before the chain adds the turn-taking evidence. */
  scale: z.number().positive(),
  /**
   * How the word classifier's and the act classifier's log-odds were weighted when added into
   * `features` (already applied there; kept so that held-out folds are trained the same way).
   */
  mix: z.object({ words: z.number().nonnegative(), acts: z.number().nonnegative() }),
  logPrior: triple,
  /**
   * Added to each sentence's evidence per role: a guest's lines are rare and sound like the patient's
   * or the clinician's, so 'other' is guessed only on strong evidence (chosen on held-out training).
   */
  logOffset: triple,
  /** Log transition probabilities from one sentence's role to the next one's, by row. */
  logStayInSegment: z.array(transitions).min(1),
  /**
   * Candidate transitions across a segment boundary, from "a boundary is rarely a change of turn"
   * (a recorder that cuts at every pause) to "a boundary is a change of turn" (one segment per turn).
   * Each transcript uses the candidate under which its sentences are most likely: how a recorder cut
   * this conversation is read from the conversation itself, not assumed.
   */
  logNextSegment: z.array(transitions).min(1),
  /** Logistic-regression weight of each retained feature, per role. */
  features: z.record(z.string(), triple),
});
export type RoleModel = z.infer<typeof roleModelSchema>;

/** Hundredths, as stored in the weights file. */
export const QUANTUM = 100;
