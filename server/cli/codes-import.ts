import { parseArgs } from 'node:util';
import { importIcd10 } from '../coding/icd10-import.js';
import { loadEnv } from '../env.js';
import { openDatabaseForCli } from './cli-database.js';

const USAGE = `Usage: npm run codes:import -- <icd10cm-Code_Descriptions-YYYY.zip | icd10cm-order-YYYY.txt>
  [--hierarchy <folder with chapters/sections/categories CSVs>] [--index <icd10cm_index_*_flat.tsv.gz>]
  [--drug-table <icd10cm_fyYYYY_drug_table.tsv>] [--tabular <icd10cm_tabular_YYYY.xml>] [--release FY2026]
  [--no-hierarchy] [--no-index] [--no-drug-table]
Hierarchy, index and drug table default to files beside the release file when present; the official
tabular XML (inclusion terms, Excludes1) is used only when given. The index's synonyms, see references
and main terms and the drug table's classes are stored in the database: the server reads no file.`;

/** `npm run codes:import -- <path>`: loads (or replaces) the ICD-10-CM release in the configured database. */
try {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      hierarchy: { type: 'string' },
      index: { type: 'string' },
      tabular: { type: 'string' },
      'drug-table': { type: 'string' },
      'no-drug-table': { type: 'boolean', default: false },
      release: { type: 'string' },
      'no-hierarchy': { type: 'boolean', default: false },
      'no-index': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const orderPath = positionals[0];
  if (values.help || !orderPath) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 1);
  }
  const env = loadEnv();
  const database = await openDatabaseForCli(
    env,
    'codes:import',
    'The server has no API for loading a code release, and it loads the FY2026 release itself at its first start when ../shared has it.',
  );
  await database.migrate();
  const startedMs = performance.now();
  const result = await importIcd10(database.db, {
    orderPath,
    ...(values['no-hierarchy']
      ? { hierarchyDir: null }
      : values.hierarchy
        ? { hierarchyDir: values.hierarchy }
        : {}),
    ...(values['no-index'] ? { indexPath: null } : values.index ? { indexPath: values.index } : {}),
    ...(values['no-drug-table']
      ? { drugTablePath: null }
      : values['drug-table']
        ? { drugTablePath: values['drug-table'] }
        : {}),
    ...(values.tabular ? { tabularPath: values.tabular } : {}),
    ...(values.release ? { release: values.release } : {}),
  });
  await database.close();
  const seconds = ((performance.now() - startedMs) / 1000).toFixed(1);
  console.log(
    `ICD-10-CM ${result.release}: ${result.codes} codes (${result.billable} billable, ${result.withSynonyms} with index synonyms, ${result.seeReferences} see references, ${result.drugClasses} drug table substances, ${result.excludes1} Excludes1 pairs) imported in ${seconds} s (${database.kind}).`,
  );
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
