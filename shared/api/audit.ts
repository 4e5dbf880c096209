import { z } from 'zod';

export const auditQuerySchema = z.object({
  from: z.string().datetime({ offset: true }).optional(),
  to: z.string().datetime({ offset: true }).optional(),
  actorId: z.string().uuid().optional(),
  patientId: z.string().uuid().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
