import { z } from 'zod';

/** A coder's decision on a code of a signed note (it does not change the signed content). */
export const postSigningDecisionRequestSchema = z.object({ status: z.enum(['accepted', 'rejected']) });

export const postSigningDecisionSchema = z.object({
  codeId: z.string().uuid(),
  status: z.enum(['accepted', 'rejected']),
  decidedBy: z.string().uuid(),
  decidedAt: z.string(),
});
export type PostSigningDecision = z.infer<typeof postSigningDecisionSchema>;

/** The current post-signing decision of each code that has one. */
export const postSigningDecisionsSchema = z.object({ decisions: z.array(postSigningDecisionSchema) });
