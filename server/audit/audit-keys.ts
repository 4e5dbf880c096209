import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.js';

/** One HMAC key of the audit chain: `id` is stored beside every event and checkpoint it signs. */
export interface AuditKey {
  id: string;
  secret: Buffer;
}

/** The current key signs new events; retired keys only verify events signed before a rotation. */
export interface AuditKeyring {
  current: AuditKey;
  byId: ReadonlyMap<string, AuditKey>;
}

/** Reserved: rows from before keyed chains (plain SHA-256). */
export const LEGACY_KEY_ID = 'legacy';
const KEY_ID = /^[A-Za-z0-9._-]{1,32}$/;
export const MIN_SECRET_BYTES = 32;

/** Parses `id:base64secret`; the secret must decode to 32+ bytes. */
export function parseAuditKey(spec: string): AuditKey {
  const at = spec.indexOf(':');
  const id = spec.slice(0, at).trim();
  const encoded = spec.slice(at + 1).trim();
  if (at < 1 || !KEY_ID.test(id) || id === LEGACY_KEY_ID)
    throw new Error(`an audit key must look like "<id>:<base64 secret>" (id: letters, digits, . _ -)`);
  const secret = Buffer.from(encoded, 'base64');
  if (secret.length < MIN_SECRET_BYTES)
    throw new Error(`audit key "${id}": the secret must be at least ${MIN_SECRET_BYTES} bytes (base64)`);
  return { id, secret };
}

export function makeKeyring(current: AuditKey, retired: AuditKey[] = []): AuditKeyring {
  const byId = new Map<string, AuditKey>();
  for (const k of [current, ...retired]) {
    if (byId.has(k.id)) throw new Error(`audit key id "${k.id}" is used twice`);
    byId.set(k.id, k);
  }
  return { current, byId };
}

export const generateAuditKey = (id = `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}`) =>
  `${id}:${randomBytes(32).toString('base64')}`;

export const AUDIT_KEY_FILE = 'audit-hmac.key';

/**
 * The keyring from AUDIT_HMAC_KEY (+ AUDIT_HMAC_RETIRED_KEYS), or else from `<DATA_DIR>/audit-hmac.key`,
 * created on first run (one `id:secret` per line, the first signs). The key lives outside the
 * database on purpose: whoever can rewrite the tables cannot re-sign them.
 */
export function loadAuditKeyring(opts: { key?: string; retiredKeys?: string[]; dataDir: string }): {
  keyring: AuditKeyring;
  createdFile?: string;
} {
  if (opts.key)
    return { keyring: makeKeyring(parseAuditKey(opts.key), (opts.retiredKeys ?? []).map(parseAuditKey)) };
  const file = path.resolve(opts.dataDir, AUDIT_KEY_FILE);
  let createdFile: string | undefined;
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${generateAuditKey()}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
    createdFile = file;
  }
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const [first, ...rest] = lines;
  if (!first) throw new Error(`${file} holds no audit key`);
  return { keyring: makeKeyring(parseAuditKey(first), rest.map(parseAuditKey)), createdFile };
}

let installed: AuditKeyring | undefined;

/** Makes `keyring` the one this process signs and verifies audit events with. */
export const installAuditKeyring = (keyring: AuditKeyring): void => {
  installed = keyring;
};

export function auditKeyring(): AuditKeyring {
  if (!installed)
    throw new AppError('internal', 'No audit key is configured (AUDIT_HMAC_KEY or the data folder key file)');
  return installed;
}
