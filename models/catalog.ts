import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from '../shared/errors.js';

export const precisionSchema = z.enum(['fp32', 'fp16', 'q8', 'q4']);

export const catalogFileSchema = z.object({
  path: z.string().regex(/^[\w./-]+$/, 'a relative path inside the repository'),
  size: z.number().int().positive().nullable(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
});
export type CatalogFile = z.infer<typeof catalogFileSchema>;

export const catalogEntrySchema = z.object({
  id: z.string().regex(/^[\w.-]+$/),
  /** Hugging Face repository; null for models generated locally (the test model). */
  repo: z.string().nullable(),
  description: z.string(),
  multilingual: z.boolean(),
  nMels: z.union([z.literal(80), z.literal(128)]),
  /** Files every precision needs (configs, tokenizer). */
  files: z.array(catalogFileSchema),
  precisions: z.partialRecord(precisionSchema, z.array(catalogFileSchema)),
});
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

export const catalogSchema = z
  .object({
    $comment: z.string().optional(),
    defaultModel: z.string(),
    models: z.array(catalogEntrySchema).min(1),
  })
  .refine((c) => new Set(c.models.map((m) => m.id)).size === c.models.length, 'model ids must be unique');
export type Catalog = z.infer<typeof catalogSchema>;

export const catalogPath = resolve(import.meta.dirname, 'catalog.json');

export function loadCatalog(path = catalogPath): Catalog {
  const parsed = catalogSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new AppError('invalid_model', `models/catalog.json: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export function findModel(catalog: Catalog, id: string): CatalogEntry {
  const entry = catalog.models.find((m) => m.id === id);
  if (!entry) {
    throw new AppError(
      'model_not_found',
      `unknown model "${id}"; known: ${catalog.models.map((m) => m.id).join(', ')}`,
    );
  }
  return entry;
}

/** Everything to download for one precision: the shared files plus that precision's graphs. */
export function filesFor(entry: CatalogEntry, precision: z.infer<typeof precisionSchema>): CatalogFile[] {
  const graphs = entry.precisions[precision];
  if (!graphs) {
    const offered = Object.keys(entry.precisions).join(', ');
    throw new AppError('bad_request', `${entry.id} has no ${precision} files (offered: ${offered})`);
  }
  return [...entry.files, ...graphs];
}
