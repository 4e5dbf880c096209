import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotp, otpauthUri, timeStep, totpAt } from './totp.js';

// RFC 6238 Appendix B, SHA-1 rows: seed "12345678901234567890", 8 digits.
const seed = Buffer.from('12345678901234567890', 'ascii');
const vectors: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238, SHA-1, 30 s)', () => {
  it.each(vectors)('matches the RFC test vector at T=%i', (seconds, code) => {
    expect(totpAt(seed, new Date(seconds * 1000), 8)).toBe(code);
    // Six digits are the low six of the same truncated value.
    expect(totpAt(seed, new Date(seconds * 1000))).toBe(code.slice(2));
  });

  it('matches the RFC 4226 HOTP vectors', () => {
    const expected = ['755224', '287082', '359152', '969429', '338314'];
    expect(expected.map((_, i) => hotp(seed, i))).toEqual(expected);
  });

  it('round-trips base32 (RFC 4648 vectors)', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('MZXW6YTBOI').toString()).toBe('foobar');
    expect(base32Decode('mzxw 6ytb oi======').toString()).toBe('foobar');
    expect(() => base32Decode('MZ1W')).toThrow();
  });

  it('accepts ±1 step, refuses 2 steps off, and refuses a step already used', () => {
    const secret = base32Encode(seed);
    const now = new Date(1_700_000_000_000);
    const step = timeStep(now);
    const code = (s: number) => hotp(seed, s);
    expect(matchTotp(secret, code(step), now, null)).toBe(step);
    expect(matchTotp(secret, code(step - 1), now, null)).toBe(step - 1);
    expect(matchTotp(secret, code(step + 1), now, null)).toBe(step + 1);
    expect(matchTotp(secret, code(step - 2), now, null)).toBeNull();
    expect(matchTotp(secret, code(step), now, step)).toBeNull();
    expect(matchTotp(secret, code(step + 1), now, step)).toBe(step + 1);
    expect(matchTotp(secret, '12345', now, null)).toBeNull();
    expect(matchTotp(secret, 'abcdef', now, null)).toBeNull();
  });

  it('builds an otpauth URI authenticator apps understand', () => {
    const uri = new URL(otpauthUri('JBSWY3DPEHPK3PXP', 'dr.who@example.org'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Scribe:dr.who@example.org');
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      secret: 'JBSWY3DPEHPK3PXP',
      issuer: 'Scribe',
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
  });
});
