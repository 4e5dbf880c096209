import { z } from 'zod';
import { int4Param } from './bounded.js';

/** `/:id/versions/:version` path parameters: the version must fit the `integer` column it is looked up in. */
export const versionParamSchema = z.object({ id: z.string().uuid(), version: int4Param().min(1) });
