/**
 * `npx tsx test/eval/codes/train-misses.ts`: where retrieval loses gold codes, on the **training**
 * splits only (CodiEsp train, our ACI-Bench train labels). Lists each gold code that is not among the
 * encounter's candidates (mention retrieval with the report's own learned links left out; profile
 * proposals are left out too, since train's profiles contain the report itself) and groups the misses
 * by cause, so retrieval work is chosen on train and only its figures are read on dev/valid. Codes the
 * guidelines add after retrieval (a treated diabetes' drug status) count as misses here.
 * Options: --only codiesp|aci, --limit N, --examples N (most frequent codes per cause, with the title
 * words the text says).
 */
import { parseArgs } from 'node:util';
import { candidateIndexFor } from '../../../server/coding/candidate-index.js';
import type { CodeCandidate } from '../../../server/coding/code-candidates.js';
import { mentionKey, rankingModel } from '../../../server/coding/code-ranker.js';
import { collectCandidates } from '../../../server/coding/codes.suggest.js';
import { codingMentions } from '../../../server/coding/coding-mentions.js';
import { importIcd10 } from '../../../server/coding/icd10-import.js';
import { stemSet } from '../../../server/coding/term-words.js';
import { asEncounter, goldCodes, readCodiEsp } from '../../../server/coding/training/codiesp.js';
import { openDatabase } from '../../../server/db/client.js';
import { draftOffline } from '../../../shared/clinical/offline/index.js';
import { loadOfflineResources } from '../../../shared/clinical/offline/node-resources.js';
import { builtinResources } from '../../../shared/clinical/offline/resources.js';
import { getBuiltinTemplate } from '../../../shared/clinical/templates/index.js';
import { importTranscript } from '../../../shared/clinical/transcript/index.js';
import { sharedDataPath } from '../../../shared/node/shared-dir.js';
import { readAciLabels, readAciTranscripts } from './aci-codes.js';

const { values } = parseArgs({
  options: { only: { type: 'string' }, limit: { type: 'string' }, examples: { type: 'string' } },
});
const examples = Number(values.examples ?? 8);

const database = await openDatabase({ kind: 'pglite', dataDir: 'memory' });
await database.migrate();
await importIcd10(database.db, {
  orderPath: sharedDataPath('icd10cm', 'icd10cm-Code_Descriptions-2026.zip'),
});
const index = await candidateIndexFor(database.db);
const model = rankingModel();
const context = builtinResources().context;
const cache = new Map<string, CodeCandidate[]>();

/** Stems of a title that name something (not "unspecified", "other", sides, "of"). */
const GENERIC = stemSet('unspecified other specified type without with site part region initial encounter');
const titleStems = (title: string) => [...stemSet(title)].filter((s) => !GENERIC.has(s));

type Cause =
  | 'sibling retrieved (same 4-character subcategory)'
  | 'category retrieved (another code of the category)'
  | 'title words all said, code not retrieved'
  | 'most title words said (≥ 1/2), not retrieved'
  | 'title words not said (inferred or synonym)'
  | 'not billable in FY2026';

interface Miss {
  code: string;
  cause: Cause;
  said: string;
}

function classify(code: string, pool: ReadonlySet<string>, text: string): Miss {
  const title = index.titleOf(code);
  if (title === undefined) return { code, cause: 'not billable in FY2026', said: '' };
  const textStems = new Set([...stemSet(text)]);
  const stems = titleStems(title);
  const said = stems.filter((s) => textStems.has(s));
  const codes = [...pool];
  const cause: Cause = codes.some((c) => c.slice(0, 4) === code.slice(0, 4))
    ? 'sibling retrieved (same 4-character subcategory)'
    : codes.some((c) => c.slice(0, 3) === code.slice(0, 3))
      ? 'category retrieved (another code of the category)'
      : said.length === stems.length
        ? 'title words all said, code not retrieved'
        : said.length * 2 >= stems.length
          ? 'most title words said (≥ 1/2), not retrieved'
          : 'title words not said (inferred or synonym)';
  return { code, cause, said: `${code} ${title} [said: ${said.join(' ')}]` };
}

function report(name: string, misses: Miss[], golds: number) {
  console.log(`\n${name}: ${misses.length} of ${golds} gold codes not among the candidates`);
  const byCause = new Map<Cause, Miss[]>();
  for (const m of misses) byCause.set(m.cause, [...(byCause.get(m.cause) ?? []), m]);
  for (const [cause, list] of [...byCause].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${String(list.length).padStart(5)}  ${cause}`);
    const counts = new Map<string, number>();
    for (const m of list) counts.set(m.said, (counts.get(m.said) ?? 0) + 1);
    for (const [said, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, examples))
      console.log(`         ${n}× ${said}`);
  }
}

async function poolOf(mentions: ReturnType<typeof codingMentions>, transcript: string, gold: Set<string>) {
  const keys = new Set(mentions.map((m) => mentionKey(m.phrase)));
  const { candidates, status } = await collectCandidates(
    database.db,
    mentions,
    model,
    cache,
    { keys, codes: gold },
    transcript,
    index.seeReferences,
    index,
  );
  return new Set([...candidates.keys(), ...status.keys()]);
}

if (values.only !== 'aci') {
  const cases = readCodiEsp('train').slice(0, values.limit ? Number(values.limit) : undefined);
  const misses: Miss[] = [];
  let golds = 0;
  let goldCategories = 0;
  let missedCategories = 0;
  for (const c of cases) {
    const gold = new Set(goldCodes(c));
    golds += gold.size;
    const encounter = asEncounter(c);
    const mentions = codingMentions(encounter, index.vocabulary ?? undefined, context);
    const pool = await poolOf(mentions, c.text_en, gold);
    for (const g of gold) if (!pool.has(g)) misses.push(classify(g, pool, c.text_en));
    const poolCategories = new Set([...pool].map((p) => p.slice(0, 3)));
    for (const g of new Set([...gold].map((p) => p.slice(0, 3)))) {
      goldCategories++;
      if (!poolCategories.has(g)) missedCategories++;
    }
  }
  report(`CodiEsp train (${cases.length} reports)`, misses, golds);
  console.log(
    `categories: ${missedCategories} of ${goldCategories} gold categories not among the candidates`,
  );
}

if (values.only !== 'codiesp') {
  const labels = readAciLabels('train');
  const resources = loadOfflineResources();
  const template = getBuiltinTemplate('soap');
  const misses: Miss[] = [];
  let golds = 0;
  for (const t of readAciTranscripts('train')) {
    const gold = labels.get(t.encounterId);
    if (!gold || t.variant !== 'labels removed') continue;
    golds += gold.length;
    const { segments } = importTranscript(t.text);
    const { mentions: drafted, content } = draftOffline(segments, template, resources);
    const mentions = codingMentions(
      { mentions: drafted, segments, content, setting: 'outpatient' },
      index.vocabulary ?? undefined,
      context,
    );
    const pool = await poolOf(mentions, t.text, new Set(gold));
    for (const g of gold) if (!pool.has(g)) misses.push(classify(g, pool, t.text));
  }
  report(`ACI-Bench train, labels removed (${labels.size} labelled encounters)`, misses, golds);
}
await database.close();
