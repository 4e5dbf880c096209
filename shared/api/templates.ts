import { z } from 'zod';
import { templateBodySchema } from '../clinical/template.js';

export const createTemplateRequestSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9-]{1,63}$/),
  body: templateBodySchema,
});

export const templateVersionRequestSchema = z.object({ body: templateBodySchema });
