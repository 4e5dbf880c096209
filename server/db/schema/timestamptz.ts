import { customType } from 'drizzle-orm/pg-core';

// PostgreSQL's text form: `0001-01-01 00:00:00+00`, `2026-03-02 09:00:00.123+01:30`, `… BC`.
const pgTimestamptz =
  /^(\d{4,})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)(\.\d+)?([+-]\d\d)(?::?(\d\d))?(?::?(\d\d))?( BC)?$/;

/**
 * Reads PostgreSQL's timestamptz text exactly. `new Date('0001-01-01 00:00:00+00')` (what drizzle's
 * own timestamp column does) takes V8's legacy parser, which reads years below 50 as 20xx: a consent
 * attested in year 1 came back as 2001.
 */
export function parseTimestamptz(text: string): Date {
  const m = pgTimestamptz.exec(text);
  if (!m) throw new Error('Unrecognised timestamptz value from the database');
  const [, y, mo, d, h, mi, s, frac, offH, offM, offS, bc] = m;
  const year = bc ? 1 - Number(y) : Number(y);
  const ms = frac ? Math.round(Number(frac) * 1000) : 0;
  const sign = offH!.startsWith('-') ? -1 : 1;
  const offsetSeconds = sign * (Math.abs(Number(offH)) * 3600 + Number(offM ?? 0) * 60 + Number(offS ?? 0));
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not remap years 0–99 to 1900–1999.
  date.setUTCFullYear(year, Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(s), ms);
  return new Date(date.getTime() - offsetSeconds * 1000);
}

/** `timestamp with time zone` read and written without loss, for every year PostgreSQL stores. */
export const timestamptz = customType<{ data: Date; driverData: string }>({
  dataType: () => 'timestamp with time zone',
  toDriver: (value) => value.toISOString(),
  fromDriver: (value) => (typeof value === 'string' ? parseTimestamptz(value) : (value as Date)),
});
