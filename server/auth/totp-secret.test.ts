import { describe, expect, it } from 'vitest';
import { openTotpSecret, sealTotpSecret } from './totp-secret.js';

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const key = 'a'.repeat(40);

describe('TOTP secrets at rest', () => {
  it('seals with AES-256-GCM under the configured key: no plaintext, fresh IV, round-trips', () => {
    const a = sealTotpSecret(secret, key);
    const b = sealTotpSecret(secret, key);
    expect(a).not.toContain(secret);
    expect(a).not.toBe(b);
    expect(openTotpSecret(a, key)).toBe(secret);
  });

  it('refuses a wrong key or a tampered value instead of returning garbage', () => {
    const sealed = sealTotpSecret(secret, key);
    expect(() => openTotpSecret(sealed, 'b'.repeat(40))).toThrow();
    expect(() => openTotpSecret(sealed, undefined)).toThrow(/TOTP_ENCRYPTION_KEY/);
    const [prefix, iv, tag, data] = sealed.split(/[:.]/);
    const flipped = `${data![0] === 'A' ? 'B' : 'A'}${data!.slice(1)}`;
    expect(() => openTotpSecret(`${prefix}:${iv}.${tag}.${flipped}`, key)).toThrow();
  });

  it('without a key stores it marked as plain, still readable after a key is added', () => {
    const plain = sealTotpSecret(secret, undefined);
    expect(plain).toBe(`plain:${secret}`);
    expect(openTotpSecret(plain, key)).toBe(secret);
  });
});
