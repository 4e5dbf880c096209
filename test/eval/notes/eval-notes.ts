/**
 * Notes evaluation on ACI-Bench: ROUGE of the offline SOAP draft against the reference note,
 * unsupported content, number and drug-name recall, with two baselines (whole transcript; nearest
 * training note by tf-idf). Usage: npm run eval:notes [-- --split train|valid]
 */
import { noteToText } from '../../../shared/clinical/export/text.js';
import { rougeL, rougeN } from '../../../shared/clinical/metrics/rouge.js';
import { draftOffline } from '../../../shared/clinical/offline/index.js';
import { loadOfflineResources } from '../../../shared/clinical/offline/node-resources.js';
import { getBuiltinTemplate } from '../../../shared/clinical/templates/index.js';
import { parseAciDialogue } from '../../../shared/clinical/transcript/aci.js';
import { loadAciSplit } from './aci-data.js';
import { drugsIn, numbersIn, recallCounts, unsupportedShare } from './metrics.js';
import { TfidfIndex } from './tfidf.js';

interface Totals {
  r1: number;
  r2: number;
  rl: number;
  numbers: [number, number];
  drugs: [number, number];
  unsupported: number;
  unsupportedTranscript: number;
  words: number;
}

const zero = (): Totals => ({
  r1: 0,
  r2: 0,
  rl: 0,
  numbers: [0, 0],
  drugs: [0, 0],
  unsupported: 0,
  unsupportedTranscript: 0,
  words: 0,
});

function main(): void {
  const splitArg = process.argv.indexOf('--split');
  const split = splitArg > 0 && process.argv[splitArg + 1] === 'train' ? 'train' : 'valid';
  const rows = loadAciSplit(split);
  const train = loadAciSplit('train');
  const resources = loadOfflineResources();
  const template = getBuiltinTemplate('soap');
  const index = new TfidfIndex(train.map((r) => r.dialogue));
  const systems = { offline: zero(), transcript: zero(), retrieval: zero() };

  for (const row of rows) {
    const { segments } = parseAciDialogue(row.dialogue);
    const draft = draftOffline(segments, template, resources);
    // Retrieval must not return the same encounter when evaluating on train.
    let nearest = index.nearest(row.dialogue);
    if (split === 'train' && train[nearest]?.encounter_id === row.encounter_id) {
      const others = new TfidfIndex(
        train.filter((r) => r.encounter_id !== row.encounter_id).map((r) => r.dialogue),
      );
      const rest = train.filter((r) => r.encounter_id !== row.encounter_id);
      nearest = train.indexOf(rest[others.nearest(row.dialogue)] ?? train[0]!);
    }
    const outputs = {
      offline: noteToText(draft.content),
      transcript: segments.map((s) => s.text).join('\n'),
      retrieval: train[nearest]?.note ?? '',
    };
    for (const [name, text] of Object.entries(outputs) as Array<[keyof typeof systems, string]>) {
      const t = systems[name];
      t.r1 += rougeN(text, row.note, 1).f1;
      t.r2 += rougeN(text, row.note, 2).f1;
      t.rl += rougeL(text, row.note).f1;
      t.words += text.split(/\s+/).length;
      const [nf, nt] = recallCounts(numbersIn(row.note), numbersIn(text));
      const [df, dt] = recallCounts(
        drugsIn(row.note, resources.drugNames),
        drugsIn(text, resources.drugNames),
      );
      t.numbers = [t.numbers[0] + nf, t.numbers[1] + nt];
      t.drugs = [t.drugs[0] + df, t.drugs[1] + dt];
    }
    const u = unsupportedShare(draft.content, segments);
    systems.offline.unsupported += u.byEvidence;
    systems.offline.unsupportedTranscript += u.byTranscript;
  }

  const n = rows.length;
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const ratio = ([a, b]: [number, number]) => pct(b ? a / b : 0);
  console.log(`ACI-Bench ${split} (${n} encounters), SOAP template; F1 and recall in %`);
  console.log('system                 R-1    R-2    R-L  numbers  drugs  unsup(evid)  unsup(transcr)  words');
  const label: Record<keyof typeof systems, string> = {
    offline: 'offline drafter',
    transcript: 'whole transcript',
    retrieval: 'nearest train note',
  };
  for (const [name, t] of Object.entries(systems) as Array<[keyof typeof systems, Totals]>) {
    const unsup =
      name === 'offline'
        ? `${pct(t.unsupported / n)}       ${pct(t.unsupportedTranscript / n)}        `
        : '     -              -         ';
    console.log(
      `${label[name].padEnd(20)} ${pct(t.r1 / n)} ${pct(t.r2 / n)} ${pct(t.rl / n)}  ${ratio(t.numbers)} ${ratio(t.drugs)}  ${unsup}${String(Math.round(t.words / n)).padStart(5)}`,
    );
  }
}

main();
