import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Source files the graph covers (what `git ls-files` lists under these extensions). */
export const SOURCE_FILE = /\.(ts|tsx|mts|mjs|js|cjs)$/;

const resolveCandidates = (base: string) => {
  const stem = base.replace(/\.(js|mjs|cjs|jsx)$/, '');
  return [
    base,
    `${stem}.ts`,
    `${stem}.tsx`,
    `${stem}.mts`,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ];
};

/**
 * The relative specifiers a file names: static and dynamic imports, re-exports, `import type`,
 * `require`, Vite's `?url` imports and `new URL('./x', import.meta.url)` (workers, files read beside
 * the module).
 */
export function specifiersOf(text: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  const urls = [...text.matchAll(/new URL\(\s*['"`]([^'"`$]+)['"`]\s*,\s*import\.meta\.url\s*\)/g)].map(
    (m) => m[1]!,
  );
  return [...info.importedFiles.map((f) => f.fileName), ...urls]
    .filter((s) => s.startsWith('.'))
    .map((s) => s.replace(/\?.*$/, '')); // Vite's `./x.ts?worker&url` names the file ./x.ts
}

/** Resolves a relative specifier of `from` (repo-relative) to a repo-relative source file, if any. */
export function resolveImport(repoRoot: string, from: string, specifier: string): string | undefined {
  const base = path.resolve(repoRoot, path.dirname(from), specifier);
  const hit = resolveCandidates(base).find((c) => existsSync(c) && statSync(c).isFile());
  return hit && SOURCE_FILE.test(hit) ? path.relative(repoRoot, hit) : undefined;
}

/** Edges from each file to the repo files it imports. */
export function importGraph(repoRoot: string, files: readonly string[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const text = readFileSync(path.join(repoRoot, file), 'utf8');
    const targets = specifiersOf(text)
      .map((s) => resolveImport(repoRoot, file, s))
      .filter((t): t is string => t !== undefined && t !== file);
    graph.set(file, new Set(targets));
  }
  return graph;
}

/** Every file reachable from `roots`, not walking into files `stop` refuses. */
export function reachable(
  graph: Map<string, Set<string>>,
  roots: Iterable<string>,
  stop: (file: string) => boolean = () => false,
): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots].filter((r) => !stop(r));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const next of graph.get(file) ?? []) if (!seen.has(next) && !stop(next)) queue.push(next);
  }
  return seen;
}
