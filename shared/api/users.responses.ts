import { z } from 'zod';
import { userSchema } from './auth.js';

/** GET /users: every user account (admins only); one user is `userSchema`, as sign-in returns it. */
export const userListSchema = z.object({ users: z.array(userSchema) });
export type UserList = z.infer<typeof userListSchema>;
