import { describe, expect, it } from 'vitest';
import { isLocalEndpoint, llmConfigSchema, shouldMinimisePhi } from './llm-config.js';
import { createPhiMinimiser } from './phi-minimiser.js';

describe('createPhiMinimiser', () => {
  it('replaces names, MRN, phone, email and dates with stable placeholders and restores them', () => {
    const phi = createPhiMinimiser({ names: ['Jane Doe'], mrn: 'A1234567', scan: ['Dr. Okafor will call.'] });
    const text =
      'Jane Doe, MRN A1234567, seen with Mr Smith on 03/14/2025. Call 555-123-4567 or jane@example.org. Jane says Dr. Okafor saw her on March 3rd, 2025.';
    const redacted = phi.redact(text);
    for (const secret of [
      'Jane',
      'Doe',
      'A1234567',
      'Smith',
      '03/14/2025',
      '555-123-4567',
      'jane@example.org',
      'Okafor',
      'March 3rd',
    ]) {
      expect(redacted).not.toContain(secret);
    }
    expect(redacted).toContain('[NAME_1]');
    expect(redacted).toMatch(/\[MRN_1\].*\[DATE_1\].*\[PHONE_1\].*\[EMAIL_1\]/);
    expect(phi.restore(redacted)).toBe(text);
  });

  it('gives the same value the same placeholder across texts, and names found by title in later texts', () => {
    const phi = createPhiMinimiser({ scan: ['Nice to meet you.', 'Mrs Alvarez has asthma.'] });
    expect(phi.redact('Alvarez called.')).toBe('[NAME_1] called.');
    expect(phi.redact('Mrs Alvarez has asthma.')).toBe('Mrs [NAME_1] has asthma.');
  });

  it('leaves clinical text alone', () => {
    const phi = createPhiMinimiser({ names: ['Jane Doe'] });
    const text = 'Blood pressure 140/90, A1c 7.2, metformin 500 mg twice daily for 3 months.';
    expect(phi.redact(text)).toBe(text);
  });

  it('restores unknown placeholders verbatim', () => {
    expect(createPhiMinimiser().restore('[NAME_9] is fine')).toBe('[NAME_9] is fine');
  });
});

describe('PHI minimisation policy', () => {
  const config = (baseURL: string, minimisePhi: boolean | 'auto' = 'auto') =>
    llmConfigSchema.parse({ baseURL, model: 'm', minimisePhi });

  it('is on by default for remote endpoints and off for loopback ones', () => {
    expect(shouldMinimisePhi(config('https://api.openai.com/v1'))).toBe(true);
    expect(shouldMinimisePhi(config('http://localhost:11434/v1'))).toBe(false);
    expect(shouldMinimisePhi(config('http://127.0.0.1:8080/v1'))).toBe(false);
    expect(shouldMinimisePhi(config('http://127.0.0.1:8080/v1', true))).toBe(true);
    expect(shouldMinimisePhi(config('https://api.openai.com/v1', false))).toBe(false);
    expect(isLocalEndpoint('http://[::1]:8000/v1')).toBe(true);
    expect(isLocalEndpoint('http://10.0.0.5:8000/v1')).toBe(false);
  });
});
