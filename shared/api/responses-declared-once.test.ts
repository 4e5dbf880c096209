import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
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

/**
 * The schema every `expectJson(request, schema)` call in the extension checks an answer with, as
 * `file:line: schema`, unless it is a name imported from shared/api (an inline `z.object(…)`
 * re-declares a response shape, or its wrapper, without the name test above seeing it).
 */
function responseSchemasNotFromSharedApi(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const importedFrom = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings))
      for (const element of bindings.elements)
        importedFrom.set(element.name.text, path.join(path.dirname(file), statement.moduleSpecifier.text));
  }
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'expectJson'
    ) {
      const schema = node.arguments[1];
      const from = schema && ts.isIdentifier(schema) ? importedFrom.get(schema.text) : undefined;
      if (!from?.startsWith('shared/api/') && !(schema && NOT_API_ROUTES.has(schema.getText()))) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push(`${file}:${line}: ${schema?.getText() ?? '(none)'}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Answers that come from no API route: the model catalog is a file /models serves as it is. */
const NOT_API_ROUTES = new Set(['catalogSchema']);

describe('the extension checks API answers with the shared response schemas', () => {
  const clientFiles = sourceFiles('extension').filter((f) => !/\.test\.tsx?$/.test(f));

  it('finds the client’s expectJson calls', () => {
    const calls = clientFiles.flatMap((f) =>
      [...readFileSync(path.join(repoRoot, f), 'utf8').matchAll(/\bexpectJson\(/g)].map(() => f),
    );
    expect(calls.length).toBeGreaterThan(30);
  });

  it('reports a wrapper written out around a shared schema, and a schema declared in the client', () => {
    const text = [
      "import { z } from 'zod';",
      "import { userSchema } from '../../../shared/api/auth.js';",
      "import { noteSchema } from '../../../shared/api/notes.responses.js';",
      "import { localSchema } from './schemas.js';",
      'expectJson(a(), z.object({ users: z.array(userSchema) }));',
      'expectJson(b(), localSchema);',
      'expectJson(c(), noteSchema);',
    ].join('\n');
    expect(responseSchemasNotFromSharedApi('extension/lib/api/x.ts', text)).toEqual([
      'extension/lib/api/x.ts:5: z.object({ users: z.array(userSchema) })',
      'extension/lib/api/x.ts:6: localSchema',
    ]);
  });

  it('no extension file checks an API answer with a schema of its own', () => {
    const found = clientFiles.flatMap((f) =>
      responseSchemasNotFromSharedApi(f, readFileSync(path.join(repoRoot, f), 'utf8')),
    );
    expect(found).toEqual([]);
  });
});
