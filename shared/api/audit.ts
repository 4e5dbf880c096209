import { z } from 'zod';
import { boundedDateTime } from './bounded.js';

export const auditQuerySchema = z.object({
  from: boundedDateTime().optional(),
  to: boundedDateTime().optional(),
  actorId: z.string().uuid().optional(),
  patientId: z.string().uuid().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
