import { z } from 'zod';
import { boundedText } from './bounded.js';

export const roleSchema = z.enum(['clinician', 'staff', 'admin']);
export type Role = z.infer<typeof roleSchema>;

export const emailSchema = boundedText(254, { trim: true })
  .toLowerCase()
  .regex(/^[^\s@]+@[^\s@]+$/, 'must be an email address');

export const passwordSchema = boundedText(256).min(12, 'at least 12 characters');

export const loginRequestSchema = z.object({ email: emailSchema, password: boundedText(256, { min: 1 }) });
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const userSchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  active: z.boolean(),
});
export type User = z.infer<typeof userSchema>;

export const loginResponseSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  user: userSchema,
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const createUserRequestSchema = z.object({
  email: emailSchema,
  displayName: boundedText(200, { trim: true, min: 1 }),
  role: roleSchema,
  password: passwordSchema,
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

export const updateUserRequestSchema = z
  .object({
    displayName: boundedText(200, { trim: true, min: 1 }).optional(),
    role: roleSchema.optional(),
    active: z.boolean().optional(),
  })
  .strict();
