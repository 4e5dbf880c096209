import type { User } from '../../shared/api/auth.js';
import type { users } from '../db/schema/index.js';

export const toUserDto = (u: typeof users.$inferSelect): User => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  role: u.role,
  active: u.active,
});
