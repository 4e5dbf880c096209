import { z } from 'zod';

/** One audit event as GET /audit returns it and the admin's audit view shows it (ids only: no PHI). */
export const auditLogEventSchema = z
  .object({
    at: z.string(),
    actorRole: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    outcome: z.string(),
    severity: z.string().optional(),
  })
  .passthrough();
export type AuditLogEvent = z.infer<typeof auditLogEventSchema>;

export const auditLogSchema = z.object({ events: z.array(auditLogEventSchema) });
export type AuditLog = z.infer<typeof auditLogSchema>;

/** GET /audit/verify: whether every chain verified, and how many events (the report has more). */
export const auditVerifySummarySchema = z.object({ valid: z.boolean(), checked: z.number() });
export type AuditVerifySummary = z.infer<typeof auditVerifySummarySchema>;
/** The client keeps the report's other fields (problems, checkpoints) as they come. */
export const auditVerifyResponseSchema = auditVerifySummarySchema.passthrough();
