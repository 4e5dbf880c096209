import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const productionFiles = ['server', 'shared', 'extension'].flatMap((dir) =>
  readdirSync(path.join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes('node_modules'))
    .map((f) => path.join(dir, f)),
);

/**
 * What a signature and the addenda chain cover is written once (signed-content.ts): a copy of a
 * formula at the place that writes a hash and another at the place that verifies it drift apart, and
 * every note then reads as tampered with (or worse, a change goes unnoticed).
 */
describe('the signed-note and addendum hash formulas exist once', () => {
  it('only signed-content.ts (and the idempotency fingerprint) hash with sha256Hex', () => {
    const callers = productionFiles.filter((f) =>
      /\bsha256Hex\(/.test(readFileSync(path.join(repoRoot, f), 'utf8')),
    );
    expect(callers.sort()).toEqual(['server/http/idempotency.ts', 'server/notes/signed-content.ts']);
  });

  it('no other file spells out an addendum’s hashed fields', () => {
    const spelled = productionFiles.filter(
      (f) =>
        f !== 'server/notes/signed-content.ts' &&
        /\$\{[\w.]*(?:noteId|note\.id)\}\\n\$\{[\w.]*(?:authorId|userId)\}/.test(
          readFileSync(path.join(repoRoot, f), 'utf8'),
        ),
    );
    expect(spelled).toEqual([]);
  });
});
