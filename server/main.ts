import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { builtinTemplates } from '../shared/clinical/templates/index.js';
import { sharedDataPath } from '../shared/node/shared-dir.js';
import { createApp } from './app.js';
import { startAuditCheckpoints, writeCheckpoint } from './audit/audit-checkpoints.js';
import { hasCodeTable } from './coding/codes.validate.js';
import { importIcd10 } from './coding/icd10-import.js';
import { currentReleaseId } from './coding/release-data.js';
import { openDatabaseFromEnv } from './database-from-env.js';
import { createServerDrafter } from './drafting/server-drafter.js';
import { configFromEnv, type Env } from './env.js';
import { ensureFirstRunUsers, type FirstRunCredentials } from './first-run.js';
import { listen, startingResponse } from './http/listen.js';
import { createLogger } from './logging/logger.js';
import { announceRunningServer, localUrl, runningServerFile } from './running-server.js';
import { ensureBuiltinTemplates } from './templates/templates.service.js';

export interface RunningServer {
  url: string;
  databaseKind: 'pglite' | 'postgres';
  firstRunCredentials: FirstRunCredentials[];
  /** Whether ICD-10-CM codes are loaded (suggestions need them: `npm run codes:import`). */
  codesLoaded: boolean;
  /** 'reference' when the full ConText/NegEx rules and drug list were found, else the built-in subset. */
  offlineRules: 'reference' | 'builtin';
  close(): Promise<void>;
}

/**
 * Takes the port, then opens and migrates the database, seeds first-run data, and serves the API.
 * The port comes first: a start that cannot serve must not create first-run users whose one-time
 * passwords nobody would ever see.
 */
export async function startServer(env: Env): Promise<RunningServer> {
  let app: ReturnType<typeof createApp> | undefined;
  // The node adapter's bindings (the socket, for the client IP) travel with each request.
  const server = await listen(env, (req, bindings) => (app ? app.fetch(req, bindings) : startingResponse()));
  try {
    const started = await openAndSeed(env);
    app = started.app;
    const { port } = server.address() as AddressInfo;
    const withdraw = announce(env, localUrl(env.HOST, port), started.database.kind);
    return {
      url: `http://${env.HOST}:${port}`,
      databaseKind: started.database.kind,
      firstRunCredentials: started.firstRunCredentials,
      codesLoaded: started.codesLoaded,
      offlineRules: started.offlineRules,
      close: async () => {
        withdraw();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await started.offlineWorker.close();
        await started.checkpoints.stop();
        await started.database.close();
      },
    };
  } catch (e) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw e;
  }
}

/** Names this server in DATA_DIR/server.json for CLI commands (see running-server.ts). */
function announce(env: Env, url: string, databaseKind: 'pglite' | 'postgres'): () => void {
  try {
    return announceRunningServer(env.DATA_DIR, { url, databaseKind });
  } catch (e) {
    // Without the file a CLI command opens the database itself, and the PGlite lock refuses it.
    console.error(
      `Could not write ${runningServerFile(env.DATA_DIR)} (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
    );
    return () => {};
  }
}

async function openAndSeed(env: Env) {
  const database = await openDatabaseFromEnv(env);
  await database.migrate();
  const clock = () => new Date();
  await ensureBuiltinTemplates(database.db, builtinTemplates, clock());
  const firstRunCredentials = await ensureFirstRunUsers(database.db);
  // A developer machine has the official release in the team library: load it once so suggestions work out of the box.
  const releaseZip = sharedDataPath('icd10cm', 'icd10cm-Code_Descriptions-2026.zip');
  let codesLoaded = await hasCodeTable(database.db);
  if (env.AUTO_IMPORT_CODES && !codesLoaded && existsSync(releaseZip)) {
    process.stdout.write('Loading ICD-10-CM FY2026 codes from the reference library (once)…\n');
    await importIcd10(database.db, { orderPath: releaseZip });
    codesLoaded = true;
  }
  const logger = createLogger(env.LOG_LEVEL);
  // Anchor the chain heads now (this also covers events from before an upgrade), then periodically and at shutdown.
  await writeCheckpoint(database.db, clock());
  const checkpoints = startAuditCheckpoints(database.db, {
    intervalMs: env.AUDIT_CHECKPOINT_SECONDS * 1000,
    everyEvents: env.AUDIT_CHECKPOINT_EVENTS,
    clock,
    onError: (e) =>
      logger.log('error', 'audit.checkpoint_failed', { errorName: e instanceof Error ? e.name : 'unknown' }),
  });
  const { drafter, offlineWorker, offlineRules } = createServerDrafter(
    database.db,
    env.LLM_BASE_URL && env.LLM_MODEL
      ? {
          baseURL: env.LLM_BASE_URL,
          apiKey: env.LLM_API_KEY ?? 'not-needed',
          model: env.LLM_MODEL,
          timeoutMs: env.LLM_TIMEOUT_MS,
          maxRetries: 2,
          minimisePhi: env.LLM_MINIMISE_PHI === 'auto' ? 'auto' : env.LLM_MINIMISE_PHI === 'on',
        }
      : undefined,
    {
      maxQueued: env.DRAFT_QUEUE_LIMIT,
      ...(env.DRAFT_WORKERS ? { workers: env.DRAFT_WORKERS } : {}),
      // Code suggestion then runs on the event loop for every draft: say so once per worker and release.
      onIndexFailed: ({ errorName }) => logger.log('error', 'codes.worker_index_failed', { errorName }),
    },
  );
  // Build the release's in-memory candidate index on the drafting workers now rather than in the first
  // drafted visit.
  if (codesLoaded)
    currentReleaseId(database.db)
      .then((id) => offlineWorker.prepare(id))
      .catch((e: unknown) =>
        logger.log('error', 'codes.index_failed', { errorName: e instanceof Error ? e.name : 'unknown' }),
      );
  const app = createApp({ db: database.db, clock, config: configFromEnv(env), logger, drafter });
  return {
    app,
    database,
    offlineWorker,
    firstRunCredentials,
    codesLoaded,
    offlineRules,
    checkpoints,
  };
}

export const extensionDir = path.resolve('.output/chrome-mv3');
export const extensionBuilt = () => existsSync(path.join(extensionDir, 'manifest.json'));
