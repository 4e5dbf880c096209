import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app-env.js';
import { validate } from '../http/validate.js';
import { searchCodes } from './codes.search.js';

const searchQuerySchema = z.object({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  billable: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1'),
});

/** ICD-10-CM look-up for clinicians editing codes; mounted at /codes behind authentication. */
export const codesRoutes = new Hono<AppEnv>().get(
  '/search',
  validate('query', searchQuerySchema),
  async (c) => {
    const { q, limit, billable } = c.req.valid('query');
    const results = await searchCodes(c.get('db'), q, { limit, billableOnly: billable });
    return c.json({ results });
  },
);
