import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const apiDir = path.join(repoRoot, 'shared/api');

const sourceFiles = (dir: string) =>
  readdirSync(path.join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.includes('node_modules'))
    .map((f) => path.join(dir, f));

const responseFiles = readdirSync(apiDir).filter((f) => f.endsWith('.responses.ts'));
const declared = (text: string) =>
  [...text.matchAll(/^export (?:const|type|interface) (\w+)/gm)].map((m) => m[1]!);
const responseNames = responseFiles.flatMap((f) => declared(readFileSync(path.join(apiDir, f), 'utf8')));

/**
 * Response shapes are declared once, in shared/api/*.responses.ts, and both the server (its
 * repositories return them) and the extension (its client parses with them) import them. A second
 * declaration of the same shape drifts from the first without any test noticing.
 */
describe('API response shapes are declared once', () => {
  it('finds the response schemas', () => {
    expect(responseNames).toEqual(expect.arrayContaining(['noteSchema', 'encounterSchema', 'Note']));
  });

  const elsewhere = [...sourceFiles('server'), ...sourceFiles('extension'), ...sourceFiles('shared')].filter(
    (f) => !/^shared\/api\/[^/]+\.responses\.ts$/.test(f),
  );
  it('no other file declares a schema or type under a response shape’s name', () => {
    const redeclared = elsewhere.flatMap((f) => {
      const text = readFileSync(path.join(repoRoot, f), 'utf8');
      return responseNames
        .filter((name) => new RegExp(`\\b(?:const|let|type|interface)\\s+${name}\\b`).test(text))
        .map((name) => `${f}: ${name}`);
    });
    expect(redeclared).toEqual([]);
  });
});
