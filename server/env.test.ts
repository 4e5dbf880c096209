import { describe, expect, it } from 'vitest';
import { loadEnv, SCRIBE_EXTENSION_ORIGIN } from './env.js';

describe('configuration from the environment', () => {
  it('has defaults that run the product on a fresh machine', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ HOST: '127.0.0.1', PORT: 8787, DATA_DIR: './data', AUTO_IMPORT_CODES: true });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.ALLOWED_ORIGINS).toEqual([SCRIBE_EXTENSION_ORIGIN]);
  });

  it('parses lists and numbers', () => {
    const env = loadEnv({ ALLOWED_ORIGINS: 'chrome-extension://abc, https://ehr.example.org', PORT: '9000' });
    expect(env.ALLOWED_ORIGINS).toEqual(['chrome-extension://abc', 'https://ehr.example.org']);
    expect(env.PORT).toBe(9000);
  });

  it('names every bad setting in one readable message', () => {
    expect(() => loadEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(
      /PORT[\s\S]*DATABASE_URL: must be a postgres:\/\/ URL/,
    );
    expect(() => loadEnv({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1' })).toThrow(/LLM_MODEL: required/);
  });
});
