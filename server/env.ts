import { z } from 'zod';
import { parseAuditKey } from './audit/audit-keys.js';

const csv = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

/** The extension's id is fixed by the public key in wxt.config.ts. */
export const SCRIBE_EXTENSION_ORIGIN = 'chrome-extension://glaigfbehkfbkinplcbellegmodgcenp';

/** A 0/1 (or true/false) switch. */
const flag = (fallback: '0' | '1') =>
  z
    .enum(['0', '1', 'true', 'false'])
    .default(fallback)
    .transform((v) => v === '1' || v === 'true');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  DATA_DIR: z.string().default('./data'),
  MODELS_DIR: z.string().default('./models'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Origins allowed by CORS: chrome-extension://<id>, EHR origins. Default: the Scribe extension's fixed id. */
  ALLOWED_ORIGINS: csv.transform((list) => (list.length > 0 ? list : [SCRIBE_EXTENSION_ORIGIN])),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  /** Most characters one encounter's transcript may hold (~4 hours of conversation by default); beyond it uploads get 413. */
  MAX_TRANSCRIPT_CHARS: z.coerce.number().int().min(1_000).max(5_000_000).default(200_000),
  /** Drafts one user may request per minute (counted in the database, across all servers); beyond it 429. */
  DRAFTS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000).default(6),
  /** Worker threads that draft offline, per server process; default one per core beyond the first. */
  DRAFT_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  /** Drafts that may wait for a free worker, per server process; beyond it 503 with Retry-After. */
  DRAFT_QUEUE_LIMIT: z.coerce.number().int().min(0).max(10_000).default(200),
  /** 1 behind a reverse proxy: take the client IP from X-Forwarded-For (its last hop), not the socket. */
  TRUST_PROXY: flag('0'),
  /** 32+ characters: encrypts TOTP secrets at rest (AES-256-GCM). Without it they are stored unencrypted. */
  TOTP_ENCRYPTION_KEY: z.string().min(32).optional(),
  LLM_BASE_URL: z.string().url().optional(),
  LLM_API_KEY: z.string().optional(),
  LLM_MODEL: z.string().optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(1000).default(60_000),
  LLM_MINIMISE_PHI: z.enum(['auto', 'on', 'off']).default('auto'),
  AUTO_IMPORT_CODES: flag('1'),
  // --- Audit chain (README "Audit log"): keep these together ---
  /** `<id>:<base64 secret of 32+ bytes>` signing new audit events. Default: `<DATA_DIR>/audit-hmac.key`, created on first run. */
  AUDIT_HMAC_KEY: z
    .string()
    .optional()
    .superRefine((v, ctx) => {
      if (v) auditKeyIssue(v, ctx);
    }),
  /** Comma-separated `<id>:<secret>` keys from before a rotation: they verify old events, never sign. */
  AUDIT_HMAC_RETIRED_KEYS: csv.superRefine((list, ctx) => {
    for (const v of list) auditKeyIssue(v, ctx);
  }),
  /** A signed checkpoint of the chain heads at least this often while events are written… */
  AUDIT_CHECKPOINT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  /** …and after this many events (per server process). */
  AUDIT_CHECKPOINT_EVENTS: z.coerce.number().int().min(1).default(1000),
  // --- end audit chain ---
  SKIP_EXTENSION_BUILD: flag('0'),
});

export type Env = z.infer<typeof envSchema>;

function auditKeyIssue(value: string, ctx: z.RefinementCtx) {
  try {
    parseAuditKey(value);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: e instanceof Error ? e.message : String(e) });
  }
}

/** The only reader of process.env. Exits with readable messages on bad configuration. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (parsed.data.DATABASE_URL && parsed.data.NODE_ENV === 'production' && !parsed.data.AUDIT_HMAC_KEY) {
    // Several servers share one PostgreSQL database: they must sign with the same key, set by the operator.
    throw new Error('Invalid configuration:\n  AUDIT_HMAC_KEY: required in production with DATABASE_URL');
  }
  if (parsed.data.LLM_BASE_URL && !parsed.data.LLM_MODEL) {
    throw new Error('Invalid configuration:\n  LLM_MODEL: required when LLM_BASE_URL is set');
  }
  return parsed.data;
}

export interface AppConfig {
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  bodyLimitBytes: number;
  allowedOrigins: string[];
  /** Folder served at /models (the model catalog and fetched or generated models). */
  modelsDir: string;
  /** Take the client IP from X-Forwarded-For (TRUST_PROXY=1); otherwise from the socket. */
  trustProxy?: boolean;
  /** Key material for sealing TOTP secrets at rest. */
  totpEncryptionKey?: string;
  /** Most characters of transcript per encounter (MAX_TRANSCRIPT_CHARS). */
  maxTranscriptChars: number;
  /** Drafts per user per minute (DRAFTS_PER_MINUTE). */
  draftsPerMinute: number;
}

export const configFromEnv = (env: Env): AppConfig => ({
  sessionIdleMs: env.SESSION_IDLE_MINUTES * 60_000,
  sessionAbsoluteMs: env.SESSION_ABSOLUTE_HOURS * 3_600_000,
  bodyLimitBytes: env.BODY_LIMIT_BYTES,
  allowedOrigins: env.ALLOWED_ORIGINS,
  modelsDir: env.MODELS_DIR,
  trustProxy: env.TRUST_PROXY,
  totpEncryptionKey: env.TOTP_ENCRYPTION_KEY,
  maxTranscriptChars: env.MAX_TRANSCRIPT_CHARS,
  draftsPerMinute: env.DRAFTS_PER_MINUTE,
});

export const defaultConfig: AppConfig = {
  sessionIdleMs: 30 * 60_000,
  sessionAbsoluteMs: 12 * 3_600_000,
  bodyLimitBytes: 1_048_576,
  allowedOrigins: [],
  modelsDir: 'models',
  maxTranscriptChars: 200_000,
  // In-process tests and benches (bench:load drafts from 50 connections) are not limited; servers get DRAFTS_PER_MINUTE (default 6).
  draftsPerMinute: 1_000_000,
};
