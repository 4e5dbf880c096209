import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { auditEvents } from '../db/schema/index.js';
import { verifyAuditChain } from './audit.service.js';

/** Verifies the whole chain and says in words what an operator needs: OK, or the first broken link. */
export async function auditVerifyReport(db: Executor): Promise<{ ok: boolean; message: string }> {
  const report = await verifyAuditChain(db);
  if (report.valid) return { ok: true, message: `Audit chain intact: ${report.checked} events verified.` };
  const [row] = await db
    .select({ id: auditEvents.id, at: auditEvents.at, action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.id, report.firstBrokenId ?? -1))
    .limit(1);
  const where = row ? ` (at ${row.at.toISOString()}, action ${row.action})` : '';
  return {
    ok: false,
    message:
      `Audit chain BROKEN at event #${report.firstBrokenId}${where}: ` +
      `its hash or its link to the previous event does not verify; ${report.checked} events before it are intact.`,
  };
}
