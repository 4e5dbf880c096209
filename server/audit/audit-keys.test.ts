import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../env.js';
import { AUDIT_KEY_FILE, generateAuditKey, loadAuditKeyring, parseAuditKey } from './audit-keys.js';

describe('audit HMAC keys', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'scribe-audit-keys-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a key file readable only by its owner on first run, and reuses it afterwards', () => {
    const first = loadAuditKeyring({ dataDir: dir });
    expect(first.createdFile).toBe(path.join(dir, AUDIT_KEY_FILE));
    expect(statSync(first.createdFile!).mode & 0o777).toBe(0o600);
    const again = loadAuditKeyring({ dataDir: dir });
    expect(again.createdFile).toBeUndefined();
    expect(again.keyring.current.secret.equals(first.keyring.current.secret)).toBe(true);
  });

  it('rotates: the first line of the file signs, later lines only verify', () => {
    const old = readFileSync(path.join(dir, AUDIT_KEY_FILE), 'utf8').trim();
    const next = generateAuditKey('k2');
    writeFileSync(path.join(dir, AUDIT_KEY_FILE), `${next}\n${old}\n`);
    const { keyring } = loadAuditKeyring({ dataDir: dir });
    expect(keyring.current.id).toBe('k2');
    expect([...keyring.byId.keys()]).toEqual(['k2', parseAuditKey(old).id]);
  });

  it('takes the key from the environment before the file, and refuses weak or ambiguous keys', () => {
    const key = generateAuditKey('env1');
    const retired = generateAuditKey('env0');
    const env = loadEnv({ AUDIT_HMAC_KEY: key, AUDIT_HMAC_RETIRED_KEYS: retired });
    const { keyring, createdFile } = loadAuditKeyring({
      key: env.AUDIT_HMAC_KEY,
      retiredKeys: env.AUDIT_HMAC_RETIRED_KEYS,
      dataDir: path.join(dir, 'unused'),
    });
    expect(createdFile).toBeUndefined();
    expect([...keyring.byId.keys()]).toEqual(['env1', 'env0']);
    expect(() => loadEnv({ AUDIT_HMAC_KEY: 'k:c2hvcnQ=' })).toThrow(/at least 32 bytes/);
    expect(() => loadEnv({ AUDIT_HMAC_KEY: `legacy:${key.split(':')[1]}` })).toThrow(/AUDIT_HMAC_KEY/);
    expect(() => loadAuditKeyring({ key, retiredKeys: [key], dataDir: dir })).toThrow(/used twice/);
    expect(() => loadEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/scribe' })).toThrow(
      /AUDIT_HMAC_KEY: required in production/,
    );
  });
});
