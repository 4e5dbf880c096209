import { z } from 'zod';
import { templateBodySchema } from '../clinical/template.js';

export const templateVersionSchema = z.object({
  id: z.string().uuid(),
  version: z.number().int(),
  status: z.enum(['draft', 'published']),
  body: templateBodySchema,
  publishedAt: z.string().nullable(),
});

export const templateSchema = z.object({
  id: z.string().uuid(),
  key: z.string(),
  builtin: z.boolean(),
  published: templateVersionSchema.nullable(),
  versions: z.array(templateVersionSchema).optional(),
});
export type Template = z.infer<typeof templateSchema>;

export const templateListSchema = z.object({ templates: z.array(templateSchema) });
