import { createHash, randomBytes } from 'node:crypto';

/** 256-bit random bearer token; only its sha256 is stored. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
