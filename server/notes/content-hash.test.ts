import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from './content-hash.js';

/** The definition signatures were made with (entries, filter, sort, join): the output must not change. */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
}

describe('canonicalJson', () => {
  const samples: unknown[] = [
    null,
    7,
    'Ankle sprain after a fall on ice',
    [],
    {},
    [undefined, null, 1.5, 'x'],
    {
      zeta: 1,
      alpha: { b: [3, { d: undefined, c: 'é' }], a: null },
      Beta: true,
      ä: 'umlaut',
      '10': 0,
      '9': 1,
    },
    {
      sections: [
        {
          id: 'hpi',
          title: 'History',
          sentences: [{ id: 's1', text: 'Breathless on stairs.', evidence: [] }],
        },
        { id: 'plan', title: 'Plan', sentences: [], note: undefined },
      ],
      drafter: 'offline',
      warnings: ['Telehealth follow-up: no exam'],
      signedAt: new Date('2026-03-02T09:00:00.000Z'),
    },
    { emoji: '😀 child, 4 years', '😀': 'key', 'a\u0000b': 'nul key' },
  ];

  it('writes exactly what the earlier definition wrote, keys sorted and undefined left out', () => {
    for (const value of samples) expect(canonicalJson(value)).toBe(reference(value));
    expect(canonicalJson({ b: 1, a: [2, undefined] })).toBe('{"a":[2,null],"b":1}');
  });

  it('hashes the same content the same whatever the key order', () => {
    const one = { mood: 'low', sleep: { hours: 5, quality: 'poor' } };
    const two = { sleep: { quality: 'poor', hours: 5 }, mood: 'low' };
    expect(sha256Hex(canonicalJson(one))).toBe(sha256Hex(canonicalJson(two)));
  });
});
