import { describe, expect, it } from 'vitest';
import { noteContentSchema } from '../clinical/note.js';
import { templateBodySchema } from '../clinical/template.js';
import { transcriptSegmentSchema } from '../clinical/transcript.js';
import { auditQuerySchema } from './audit.js';
import { loginRequestSchema } from './auth.js';
import { boundedDateTime, boundedText, INT4_MAX, int4, safeDecodeURIComponent } from './bounded.js';
import { createEncounterRequestSchema } from './encounters.js';
import { addendumRequestSchema } from './notes.js';
import { versionParamSchema } from './params.js';

const segment = { seq: 0, startMs: 0, endMs: 10, speaker: 'patient', text: 'Chest pain since Monday' };
const ok = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

describe('bounded building blocks', () => {
  it('text refuses NUL and lone surrogates, keeps real Unicode', () => {
    const text = boundedText(100);
    expect(ok(text, 'naïve café 🩺 日本')).toBe(true);
    expect(ok(text, 'a\u0000b')).toBe(false);
    expect(ok(text, 'a\ud800b')).toBe(false);
    expect(ok(text, 'a\udc00')).toBe(false);
    expect(ok(text, 'x'.repeat(101))).toBe(false);
  });

  it('text trims before it counts, when asked to', () => {
    expect(boundedText(3, { trim: true, min: 1 }).parse('  abc  ')).toBe('abc');
    expect(ok(boundedText(3, { trim: true, min: 1 }), '   ')).toBe(false);
  });

  it('integers fit a PostgreSQL integer column', () => {
    expect(ok(int4(), INT4_MAX)).toBe(true);
    expect(ok(int4(), INT4_MAX + 1)).toBe(false);
    expect(ok(int4(), -INT4_MAX - 2)).toBe(false);
  });

  it('dates need a year between 1900 and 9999', () => {
    expect(ok(boundedDateTime(), '2026-03-02T09:00:00Z')).toBe(true);
    expect(ok(boundedDateTime(), '0000-01-01T00:00:00Z')).toBe(false);
    expect(ok(boundedDateTime(), '0001-01-01T00:00:00Z')).toBe(false);
    expect(ok(boundedDateTime(), '1899-12-31T23:59:59Z')).toBe(false);
  });

  it('malformed percent-encoding decodes to null instead of throwing', () => {
    expect(safeDecodeURIComponent('%')).toBeNull();
    expect(safeDecodeURIComponent('%E0%A4%A')).toBeNull();
    expect(safeDecodeURIComponent('a%20b')).toBe('a b');
  });
});

describe('request schemas use them', () => {
  it('transcript segments: NUL text and int4 overflow are refused', () => {
    expect(ok(transcriptSegmentSchema, segment)).toBe(true);
    expect(ok(transcriptSegmentSchema, { ...segment, text: 'a\u0000' })).toBe(false);
    expect(ok(transcriptSegmentSchema, { ...segment, seq: 2_147_483_648 })).toBe(false);
    expect(ok(transcriptSegmentSchema, { ...segment, endMs: 2_147_483_648 })).toBe(false);
  });

  it('patients and consent: NUL names and year-0000 dates are refused', () => {
    const base = { patient: { mrn: 'A-1' }, consent: { attested: true, method: 'verbal' } };
    expect(ok(createEncounterRequestSchema, base)).toBe(true);
    expect(
      ok(createEncounterRequestSchema, { ...base, patient: { mrn: 'A-1', displayName: 'A\u0000' } }),
    ).toBe(false);
    expect(
      ok(createEncounterRequestSchema, {
        ...base,
        consent: { ...base.consent, attestedAt: '0000-01-01T00:00:00Z' },
      }),
    ).toBe(false);
  });

  it('sign-in, addenda, notes, templates, audit filters and version paths', () => {
    expect(ok(loginRequestSchema, { email: 'a\u0000@b.c', password: 'x' })).toBe(false);
    expect(ok(addendumRequestSchema, { text: 'late entry\u0000' })).toBe(false);
    const sentence = { id: 's', text: 'x\u0000', evidence: [], support: 'edited' };
    expect(ok(noteContentSchema, { sections: [{ id: 'a', title: 'A', sentences: [sentence] }] })).toBe(false);
    expect(ok(templateBodySchema, { name: 'N\u0000', sections: [{ id: 'a', title: 'A' }] })).toBe(false);
    expect(ok(auditQuerySchema, { from: '0000-01-01T00:00:00Z' })).toBe(false);
    const id = '00000000-0000-4000-8000-000000000000';
    expect(ok(versionParamSchema, { id, version: '3' })).toBe(true);
    expect(ok(versionParamSchema, { id, version: '99999999999' })).toBe(false);
  });
});
