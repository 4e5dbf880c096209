import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { templateBodySchema } from '../../../shared/clinical/template.js';

/**
 * The organisation's published templates, kept from the last time the server answered, so a note can
 * be drafted on this device while the server cannot be reached. Not PHI.
 */
export const cachedTemplatesSchema = z.array(z.object({ key: z.string(), body: templateBodySchema }));
export type CachedTemplates = z.infer<typeof cachedTemplatesSchema>;

export const templateCacheItem = storage.defineItem<CachedTemplates>('local:publishedTemplates', {
  fallback: [],
});

export async function loadCachedTemplates(): Promise<CachedTemplates> {
  const parsed = cachedTemplatesSchema.safeParse(await templateCacheItem.getValue());
  return parsed.success ? parsed.data : [];
}
