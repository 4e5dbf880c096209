import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { Hono } from 'hono';
import { AppError } from '../../shared/errors.js';
import type { AppEnv } from '../app-env.js';
import { resolveModelFile } from './model-files.js';

/**
 * Serves speech models from MODELS_DIR so extensions fetch them from this server rather than the
 * internet. Model weights are not PHI, so no sign-in is needed; only model files are served (see
 * model-files.ts), never the project's source beside them.
 */
export const modelsRoutes = (modelsDir: string) =>
  new Hono<AppEnv>().get('/*', (c) => {
    const file = resolveModelFile(modelsDir, c.req.path.replace(/^\/models\/?/, ''));
    if (!file) throw new AppError('not_found', 'No such model file');
    const size = statSync(file).size;
    const type = file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    return c.body(Readable.toWeb(createReadStream(file)) as ReadableStream, 200, {
      'content-type': type,
      'content-length': String(size),
      'cache-control': 'public, max-age=3600',
      'cross-origin-resource-policy': 'cross-origin',
    });
  });
