import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { userSchema } from '../../../shared/api/auth.js';

export const authSessionSchema = z.object({
  token: z.string().min(1),
  expiresAt: z.string(),
  user: userSchema,
});
export type AuthSession = z.infer<typeof authSessionSchema>;

/**
 * The bearer token lives in storage.session: memory only, gone when the browser closes, and (with
 * access level TRUSTED_CONTEXTS, set by the background) never readable by content scripts.
 */
export const authSessionItem = storage.defineItem<AuthSession | null>('session:auth', { fallback: null });

export async function currentSession(now = Date.now()): Promise<AuthSession | null> {
  const parsed = authSessionSchema.safeParse(await authSessionItem.getValue());
  if (!parsed.success) return null;
  return Date.parse(parsed.data.expiresAt) > now ? parsed.data : null;
}
