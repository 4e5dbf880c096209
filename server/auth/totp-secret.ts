import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

// Sealed secrets are versioned by prefix so the key or scheme can change without a migration.
const SEALED = 'aesgcm1:';
const PLAIN = 'plain:';

const keyOf = (material: string) => createHash('sha256').update(`scribe-totp\n${material}`).digest();

/**
 * Seals a TOTP secret for storage: AES-256-GCM under TOTP_ENCRYPTION_KEY when configured, so a
 * database dump alone cannot mint codes. Without a key it is stored as is (and still never logged).
 */
export function sealTotpSecret(secret: string, keyMaterial: string | undefined): string {
  if (!keyMaterial) return `${PLAIN}${secret}`;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(keyMaterial), iv);
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return `${SEALED}${[iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.')}`;
}

export function openTotpSecret(sealed: string, keyMaterial: string | undefined): string {
  if (sealed.startsWith(PLAIN)) return sealed.slice(PLAIN.length);
  if (!sealed.startsWith(SEALED) || !keyMaterial) {
    throw new Error('The TOTP secret is sealed with a key this server does not have (TOTP_ENCRYPTION_KEY)');
  }
  const [iv, tag, data] = sealed
    .slice(SEALED.length)
    .split('.')
    .map((p) => Buffer.from(p, 'base64url'));
  if (!iv || !tag || !data) throw new Error('Malformed sealed TOTP secret');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(keyMaterial), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}
