import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { AppError } from '../../shared/errors.js';

/** zValidator that rejects with our problem+json (code validation_failed) listing each issue. */
export const validate = <T extends z.ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) =>
  zValidator(target, schema, (result) => {
    if (!result.success) {
      throw new AppError('validation_failed', `Invalid ${target}`, {
        details: {
          errors: result.error.issues.slice(0, 20).map((i) => ({
            path: i.path.map(String).join('.') || '(root)',
            message: i.message,
          })),
        },
      });
    }
  });
