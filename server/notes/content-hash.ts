import { createHash } from 'node:crypto';

/**
 * JSON with sorted object keys: the same content always hashes the same, whatever the key order.
 * Keys sort by UTF-16 code units (the default sort); undefined members are left out, as
 * `JSON.stringify` leaves them. Built in one pass (every signed-note read hashes its content).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const v = record[key];
    if (v === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(v)}`;
    first = false;
  }
  return `${out}}`;
}

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');
