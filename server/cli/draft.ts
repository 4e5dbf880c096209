/**
 * Draft a note from a transcript file with the offline drafter.
 * Usage: npm run draft -- --transcript <file> [--template soap] [--format json|markdown]
 * Reads ACI-Bench style "[doctor] … [patient] …" text, plain text or JSON segments.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { CodeSuggestion } from '../../shared/clinical/codes.js';
import { noteToMarkdown } from '../../shared/clinical/export/text.js';
import { draftOffline } from '../../shared/clinical/offline/index.js';
import { loadOfflineResources } from '../../shared/clinical/offline/node-resources.js';
import { builtinResources } from '../../shared/clinical/offline/resources.js';
import { builtinTemplates, getBuiltinTemplate } from '../../shared/clinical/templates/index.js';
import { importTranscript } from '../../shared/clinical/transcript/index.js';
import { AppError, isAppError } from '../../shared/errors.js';
import { suggestCodes } from '../coding/codes.suggest.js';
import { hasCodeTable } from '../coding/codes.validate.js';
import { loadEnv } from '../env.js';
import { openDatabaseForCli } from './cli-database.js';
import { reviewListMarkdown } from './draft-review-list.js';

const argsSchema = z.object({
  transcript: z.string().min(1, 'Pass --transcript <file>'),
  template: z.string().default('soap'),
  format: z.enum(['json', 'markdown']).default('json'),
});

function resources() {
  try {
    return loadOfflineResources();
  } catch {
    // Without ../shared the built-in rule sets still give a complete draft.
    process.stderr.write('Reference data not found; using built-in rules and drug list.\n');
    return builtinResources();
  }
}

async function main(): Promise<void> {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      options: {
        transcript: { type: 'string' },
        template: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        'no-codes': { type: 'boolean' },
      },
    }).values;
  } catch (cause) {
    throw new AppError('bad_request', cause instanceof Error ? cause.message : 'Invalid arguments', {
      cause,
    });
  }
  if (values.help) {
    process.stdout.write(
      `Usage: npm run draft -- --transcript <file> [--template ${builtinTemplates.map((t) => t.key).join('|')}] [--format json|markdown] [--no-codes]\n`,
    );
    return;
  }
  const { help: _help, 'no-codes': noCodes, ...rest } = values;
  const parsed = argsSchema.safeParse(rest);
  if (!parsed.success) {
    throw new AppError(
      'bad_request',
      `${parsed.error.issues.map((i) => i.message).join('; ')}. Templates: ${builtinTemplates.map((t) => t.key).join(', ')}`,
    );
  }
  const args = parsed.data;
  let text: string;
  try {
    text = readFileSync(args.transcript, 'utf8');
  } catch (cause) {
    throw new AppError('not_found', `Cannot read transcript file ${args.transcript}`, { cause });
  }
  const template = getBuiltinTemplate(args.template);
  const imported = importTranscript(text);
  const draft = draftOffline(imported.segments, template, resources());
  draft.content.warnings.push(...imported.warnings);
  if (args.format === 'markdown') {
    process.stdout.write(noteToMarkdown(draft.content, { title: template.name, style: template.style }));
    process.stdout.write(reviewListMarkdown(draft.content));
    return;
  }
  const output = {
    template: args.template,
    transcriptFormat: imported.format,
    segments: imported.segments,
    ...draft.content,
    mentions: draft.mentions,
    codes: noCodes ? [] : await codesFor(imported.segments, draft),
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}

/** Code suggestions from the configured database's ICD-10-CM release (empty, with a note, when none is loaded). */
async function codesFor(
  segments: Parameters<typeof draftOffline>[0],
  draft: ReturnType<typeof draftOffline>,
): Promise<CodeSuggestion[]> {
  const database = await openDatabaseForCli(
    loadEnv(),
    'draft',
    'Add --no-codes to draft without code suggestions (they need the database).',
  );
  try {
    await database.migrate();
    if (!(await hasCodeTable(database.db))) {
      process.stderr.write('No ICD-10-CM codes loaded (npm run codes:import -- <zip>); codes left empty.\n');
      return [];
    }
    // A recorded clinician–patient visit is an outpatient encounter (coding-setting.ts).
    return await suggestCodes(database.db, {
      mentions: draft.mentions,
      segments,
      content: draft.content,
      setting: 'outpatient',
    });
  } finally {
    await database.close();
  }
}

try {
  await main();
} catch (error) {
  // Messages name files and options only, never transcript content.
  const message = isAppError(error) ? `${error.code}: ${error.message}` : 'internal: unexpected error';
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}
