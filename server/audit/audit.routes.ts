import { Hono } from 'hono';
import { auditQuerySchema } from '../../shared/api/audit.js';
import type { AppEnv } from '../app-env.js';
import { requireRole } from '../auth/auth.middleware.js';
import { validate } from '../http/validate.js';
import { queryAudit, verifyAuditChain } from './audit.service.js';
import { audit } from './audit-context.js';

/** The audit log: admins only. Reading it is itself audited. */
export const auditRoutes = new Hono<AppEnv>()
  .use(requireRole('admin'))
  .get('/', validate('query', auditQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const db = c.get('db');
    const rows = await queryAudit(db, {
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      actorId: q.actorId,
      patientId: q.patientId,
      limit: q.limit,
    });
    await audit(c, db, { action: 'audit.read', entityType: 'audit' });
    return c.json({
      events: rows.map((r) => ({ ...r, at: r.at.toISOString() })),
    });
  })
  .get('/verify', async (c) => {
    const report = await verifyAuditChain(c.get('db'));
    await audit(c, c.get('db'), { action: 'audit.verify', entityType: 'audit' });
    return c.json(report);
  });
