import { Hono } from 'hono';
import { z } from 'zod';
import { auditQuerySchema } from '../../shared/api/audit.js';
import type { AuditLog, AuditVerifySummary } from '../../shared/api/audit.responses.js';
import type { AppEnv } from '../app-env.js';
import { validate } from '../http/validate.js';
import { allow } from '../repository/repository.middleware.js';
import { auditCsv } from './audit-csv.js';

const reportQuerySchema = auditQuerySchema.extend({
  sort: z.enum(['at', 'actor', 'action']).default('at'),
  order: z.enum(['asc', 'desc']).default('desc'),
  format: z.enum(['json', 'csv']).default('json'),
});
// An export is for a compliance review of a whole period: allow far more rows than a page.
const exportQuerySchema = reportQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(100_000).default(10_000),
});

type ReportQuery = z.infer<typeof reportQuerySchema>;

const filterOf = (q: ReportQuery) => ({
  from: q.from ? new Date(q.from) : undefined,
  to: q.to ? new Date(q.to) : undefined,
  actorId: q.actorId,
  patientId: q.patientId,
  limit: q.limit,
  sort: q.sort,
  order: q.order,
});

const csvHeaders = {
  'content-type': 'text/csv; charset=utf-8',
  'content-disposition': 'attachment; filename="audit-report.csv"',
};

/** The audit log: admins only. Reading it is itself audited. */
export const auditRoutes = new Hono<AppEnv>()
  .use(allow('admin'))
  .get('/', validate('query', reportQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const rows = await c
      .get('admin')
      .readAuditLog(filterOf(q), q.format === 'csv' ? 'audit.export' : 'audit.read');
    if (q.format === 'csv') return c.body(auditCsv(rows), 200, csvHeaders);
    return c.json({
      events: rows.map((r) => ({ ...r, at: r.at.toISOString() })),
    } satisfies AuditLog);
  })
  .get('/export.csv', validate('query', exportQuerySchema), async (c) => {
    const rows = await c.get('admin').readAuditLog(filterOf(c.req.valid('query')), 'audit.export');
    return c.body(auditCsv(rows), 200, csvHeaders);
  })
  .get('/verify', async (c) => c.json((await c.get('admin').verifyAuditLog()) satisfies AuditVerifySummary))
  // A fresh signed checkpoint to keep off this server (a cron job can fetch it): the anchor that
  // `npm run audit:verify -- --anchor <file>` verifies against.
  .post('/checkpoints', async (c) => c.json(await c.get('admin').exportAuditCheckpoint(), 201));
