import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Hono } from 'hono';
import { safeDecodeURIComponent } from '../../shared/api/bounded.js';
import { AppError } from '../../shared/errors.js';
import type { AppEnv } from '../app-env.js';

const safeSegment = /^[A-Za-z0-9._-]+$/;

/**
 * Serves speech models from the `models/` folder so extensions fetch them from this server rather
 * than the internet. Model weights are not PHI, so no sign-in is needed; paths are confined.
 */
export const modelsRoutes = (modelsDir: string) =>
  new Hono<AppEnv>().get('/*', (c) => {
    const rel = safeDecodeURIComponent(c.req.path.replace(/^\/models\/?/, ''));
    const parts = rel?.split('/') ?? [];
    if (parts.length === 0 || parts.some((p) => !safeSegment.test(p) || p === '..' || p.startsWith('.'))) {
      throw new AppError('not_found', 'No such model file');
    }
    const root = path.resolve(modelsDir);
    const file = path.resolve(root, ...parts);
    if (
      !file.startsWith(path.resolve(modelsDir) + path.sep) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      throw new AppError('not_found', 'No such model file');
    }
    const size = statSync(file).size;
    const type = file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    return c.body(Readable.toWeb(createReadStream(file)) as ReadableStream, 200, {
      'content-type': type,
      'content-length': String(size),
      'cache-control': 'public, max-age=3600',
      'cross-origin-resource-policy': 'cross-origin',
    });
  });
