import { importGraph, reachable } from './import-graph.js';

/** A file that exists only for tests: a test, a test-support helper, or anything under test/. */
export const isTestSide = (file: string) =>
  /\.test\.tsx?$/.test(file) ||
  /(^|\/)test-support\//.test(file) ||
  file.startsWith('test/') ||
  /(^|\/)vitest\.config\.ts$/.test(file);

/**
 * Dev verbs that may read test fixtures and evaluation data: benches (`*.bench.ts`) and the
 * training scripts in models/scripts/ (they train on the evaluation loaders' training splits).
 * Nothing here ships in the server or the extension.
 */
export const isDevTool = (file: string) => /\.bench\.ts$/.test(file) || file.startsWith('models/scripts/');

/** Folder and file names that say "test code" (they belong in a test-support/ folder). */
const TEST_NAME =
  /(^|\/)(testing|__tests__|__mocks__|mocks?|fakes?|stubs?|fixtures?)(\/|$)|(^|[/.-])(fake|stub|mock)s?[.-][^/]*$/;

export type TestOnlyCodeFindings = {
  /** Files outside test-support/ and test/ that only tests and test tooling import (directly or not). */
  usedOnlyByTests: string[];
  /** `production file -> test-side file`: production code that imports test code. */
  productionImportsTest: string[];
  /** Files outside test-support/ and test/ whose folder or name says they are test code. */
  testNamedOutsideTestSupport: string[];
};

/**
 * Scans the import graph of `files`. `entries` are the files something other than an import runs
 * (npm scripts, extension entrypoints, root configs); a file no other file imports counts as an
 * entry too. Entries under test/ (evals, benches, the load test) are test tooling: what only they
 * and tests use is reported like what only tests use.
 */
export function findTestOnlyCode(
  graph: Map<string, Set<string>>,
  entries: readonly string[],
): TestOnlyCodeFindings {
  const files = [...graph.keys()];
  const imported = new Set([...graph.values()].flatMap((targets) => [...targets]));
  const roots = [...entries, ...files.filter((f) => !imported.has(f))].filter((f) => !isTestSide(f));
  const usedOutsideTests = reachable(graph, roots);
  const usedByTests = reachable(graph, files.filter(isTestSide));
  return {
    usedOnlyByTests: files.filter((f) => !isTestSide(f) && usedByTests.has(f) && !usedOutsideTests.has(f)),
    productionImportsTest: files
      .filter((f) => !isTestSide(f) && !isDevTool(f))
      .flatMap((f) => [...(graph.get(f) ?? [])].filter(isTestSide).map((t) => `${f} -> ${t}`)),
    testNamedOutsideTestSupport: files.filter((f) => !isTestSide(f) && TEST_NAME.test(f)),
  };
}

/** The scan over a checkout: its files, their imports, and the entries package.json and WXT run. */
export function scanRepository(
  repoRoot: string,
  files: readonly string[],
  npmScripts: Record<string, string>,
): TestOnlyCodeFindings {
  const scriptEntries = Object.entries(npmScripts)
    .filter(([name]) => !/^test(:|$)/.test(name))
    .flatMap(([, command]) => [...command.matchAll(/\b(?:tsx|node)(?: watch)? (\S+\.[cm]?[jt]sx?)\b/g)])
    .map((m) => m[1]!);
  const entries = files.filter(
    (f) => scriptEntries.includes(f) || f.startsWith('extension/entrypoints/') || !f.includes('/'),
  );
  return findTestOnlyCode(importGraph(repoRoot, files), entries);
}
