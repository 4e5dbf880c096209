import { z } from 'zod';

export const roleSchema = z.enum(['clinician', 'staff', 'admin']);
export type Role = z.infer<typeof roleSchema>;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+$/, 'must be an email address');

export const passwordSchema = z.string().min(12, 'at least 12 characters').max(256);

export const loginRequestSchema = z.object({ email: emailSchema, password: z.string().min(1).max(256) });
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
  displayName: z.string().trim().min(1).max(200),
  role: roleSchema,
  password: passwordSchema,
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

export const updateUserRequestSchema = z
  .object({
    displayName: z.string().trim().min(1).max(200).optional(),
    role: roleSchema.optional(),
    active: z.boolean().optional(),
  })
  .strict();
