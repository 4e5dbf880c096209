import { z } from 'zod';

/**
 * Building blocks for request schemas whose values fit the database columns they land in. Without
 * them hostile input reached PostgreSQL and failed there as a 500: NUL in `text`/`jsonb`, integers
 * past `integer` (int4), and years PostgreSQL has no calendar for.
 */

/** Largest value of a PostgreSQL `integer` column. */
export const INT4_MAX = 2_147_483_647;
export const INT4_MIN = -2_147_483_648;

/** Dates a clinical record can carry; outside this range a value is a typo or an attack. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `value` cannot be stored as text, or null when it can. */
export function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'must not contain NUL characters';
  if (loneSurrogate.test(value)) return 'must be valid Unicode (no lone surrogates)';
  return null;
}

/**
 * Text that PostgreSQL can store: no NUL, no lone surrogates, at most `max` characters (after
 * trimming when `trim` is set) and at least `min`.
 */
export function boundedText(max: number, options: { min?: number; trim?: boolean } = {}) {
  let schema = z.string();
  if (options.trim) schema = schema.trim();
  if (options.min !== undefined) schema = schema.min(options.min);
  return schema.max(max).superRefine((value, ctx) => {
    const problem = textProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** An integer that fits a PostgreSQL `integer` column. */
export const int4 = () => z.number().int().min(INT4_MIN).max(INT4_MAX);

/** A path or query parameter holding an integer that fits an `integer` column (e.g. a version). */
export const int4Param = () => z.coerce.number().int().min(INT4_MIN).max(INT4_MAX);

/** An ISO 8601 timestamp with offset whose year lies in [MIN_YEAR, MAX_YEAR]. */
export const boundedDateTime = () =>
  z
    .string()
    .datetime({ offset: true })
    .superRefine((value, ctx) => {
      const year = new Date(value).getUTCFullYear();
      if (!(year >= MIN_YEAR && year <= MAX_YEAR))
        ctx.addIssue({ code: 'custom', message: `the year must be between ${MIN_YEAR} and ${MAX_YEAR}` });
    });

/** Percent-decodes a URL path segment; null when the encoding is malformed (decodeURIComponent would throw). */
export function safeDecodeURIComponent(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
