import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importGraph, SOURCE_FILE, specifiersOf } from './import-graph.js';
import { findTestOnlyCode, scanRepository } from './test-only-code.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: repoRoot,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => SOURCE_FILE.test(f) && !f.includes('node_modules/'));
const npmScripts = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).scripts;

const graphOf = (edges: Record<string, string[]>) =>
  new Map(Object.entries(edges).map(([f, targets]) => [f, new Set(targets)]));

describe('test-only code lives in test-support/ folders or test/', () => {
  it('reads every way a file names another: import, type, re-export, dynamic, ?url, new URL', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      "export * from './c.js';",
      "const d = await import('./d.js');",
      "import url from './e.worklet.ts?worker&url';",
      "new Worker(new URL('./f.mjs', import.meta.url));",
      "import { z } from 'zod';",
    ].join('\n');
    expect(specifiersOf(text).sort()).toEqual([
      '../b.js',
      './a.js',
      './c.js',
      './d.js',
      './e.worklet.ts',
      './f.mjs',
    ]);
  });

  it('finds these imports in the checkout (.js names the .ts file)', () => {
    const graph = importGraph(repoRoot, files);
    expect(graph.get('server/test-support/test-app.ts')).toContain('server/test-support/test-db.ts');
    expect(graph.get('extension/lib/capture/recorder.ts')).toContain(
      'extension/lib/capture/pcm-capture.worklet.ts',
    );
    expect(graph.get('server/drafting/offline-draft-worker.ts')).toContain(
      'server/drafting/offline-draft-worker-boot.mjs',
    );
  });

  it('reports a helper only tests and a bench import, one only that helper imports, production importing a test helper, a fake outside test-support', () => {
    const findings = findTestOnlyCode(
      graphOf({
        'server/cli/start.ts': ['server/app.ts'],
        'server/app.ts': ['server/db/client.ts'],
        'server/db/client.ts': [],
        'server/db/test-db.ts': ['server/db/client.ts', 'server/db/scratch.ts'],
        'server/db/scratch.ts': [],
        'server/db/client.test.ts': ['server/db/test-db.ts'],
        'test/load/load.bench.ts': ['server/db/test-db.ts'],
        'server/notes/notes.ts': ['server/test-support/fixtures.ts'],
        'server/test-support/fixtures.ts': [],
        'server/x/fake-clock.ts': [],
      }),
      ['server/cli/start.ts', 'test/load/load.bench.ts'],
    );
    expect(findings).toEqual({
      usedOnlyByTests: ['server/db/test-db.ts', 'server/db/scratch.ts'],
      productionImportsTest: ['server/notes/notes.ts -> server/test-support/fixtures.ts'],
      testNamedOutsideTestSupport: ['server/x/fake-clock.ts'],
    });
  });

  it('no file outside test-support/ and test/ is used only by tests, or imported from production', () => {
    expect(scanRepository(repoRoot, files, npmScripts)).toEqual({
      usedOnlyByTests: [],
      productionImportsTest: [],
      testNamedOutsideTestSupport: [],
    });
  });
});
