import { writeFileSync } from 'node:fs';
/**
 * Notes evaluation on what the product receives. ACI-Bench (whole notes) in three conditions side by
 * side: the labelled human transcript, the same with every speaker `unknown` (one microphone), and
 * the speech-recognition variants with labels removed; MTS-Dialog (one section per dialogue) labelled
 * and unlabelled. Per condition: ROUGE-1/2/L, number and drug recall and hallucination (drafted
 * items absent from the transcript), share of sentences with a prose defect, drafts with an empty
 * Assessment/Plan where the reference has one, speaker-role accuracy and unsupported sentences.
 * Usage: npm run eval:notes [-- --split train|valid] [--show N] [--dump FILE] [--print-defects]
 * [--folds N] [--mts] [--asr-like]  (tune on train; report valid). On train, --folds N drafts each unlabelled
 * dialogue with a speaker-role model trained without it (N folds; ./role-folds.ts), so its role errors
 * are those of an unseen recording, --asr-like adds ASR-like variants of the training dialogues (./asr-like.ts:
 * unpunctuated or mis-punctuated, figures as words, fillers, turns merged; labels removed), and --mts adds MTS-Dialog train and its back-translations (every
 * drafted sentence scored, for defects in phrasing unlike ACI-Bench's; with --asr-like too, MTS-Dialog train ASR-like). --dump writes every defective drafted sentence, per condition, to FILE (for
 * reading on train). Example defective sentences are printed for train; on valid only with
 * --print-defects, so that a plain run does not put validation text in front of whoever tunes.
 */
import { noteToText } from '../../../shared/clinical/export/text.js';
import { draftOffline, extractFacts, type RecordedSex } from '../../../shared/clinical/offline/index.js';
import { loadOfflineResources } from '../../../shared/clinical/offline/node-resources.js';
import { isHeadingSection } from '../../../shared/clinical/quality/prose-defects.js';
import type { RoleModel } from '../../../shared/clinical/speaker-role/index.js';
import {
  labelledSegments,
  OWN_REPORT_DIALOGUES,
  OWN_TUNE_DIALOGUES,
} from '../../../shared/clinical/speaker-role/test-support/own-labelled-dialogues.js';
import type { FactCategory } from '../../../shared/clinical/template.js';
import { getBuiltinTemplate } from '../../../shared/clinical/templates/index.js';
import { parseAciDialogue } from '../../../shared/clinical/transcript/aci.js';
import type { Speaker, TranscriptSegment } from '../../../shared/clinical/transcript.js';
import { type AciRow, loadAciAsr, loadAciSex, loadAciSplit } from './aci-data.js';
import { asrLikeMtsDialogue, asrLikeRows } from './asr-like.js';
import { unsupportedShare } from './metrics.js';
import { loadMtsSplit, type MtsRow, parseMtsDialogue } from './mts-data.js';
import {
  assessmentPlanEmpty,
  formatKinds,
  formatRow,
  type ScoreTotals,
  scoreNote,
  TABLE_HEADER,
  zeroTotals,
} from './note-scores.js';
import {
  addRoleConfusion,
  confusionAccuracy,
  formatRoleRow,
  ROLE_TABLE_HEADER,
  type RoleConfusion,
  trustedRoles,
  withoutLabels,
  zeroConfusion,
} from './role-accuracy.js';
import { aciGroup, mtsGroup, type RoleFolds, trainRoleFolds } from './role-folds.js';

const resources = loadOfflineResources();
const template = getBuiltinTemplate('soap');

const dumpFile = (() => {
  const i = process.argv.indexOf('--dump');
  return i > 0 ? process.argv[i + 1] : undefined;
})();
const dumping = dumpFile !== undefined;

const unlabelled = (segments: readonly TranscriptSegment[]): TranscriptSegment[] =>
  segments.map((s) => ({ ...s, speaker: 'unknown' as const }));

/** Sentence roles of `input` (labels removed) against the gold roles, added to `into`. */
function roleAccuracy(
  into: RoleConfusion,
  gold: readonly TranscriptSegment[] | readonly Speaker[],
  input: readonly TranscriptSegment[],
  model?: RoleModel,
): [number, number] {
  const one = zeroConfusion();
  addRoleConfusion(one, gold, input, model);
  addRoleConfusion(into, gold, input, model);
  return confusionAccuracy(one);
}

function evalAci(
  rows: readonly AciRow[],
  sexes: ReadonlyMap<string, RecordedSex>,
  removeLabels: boolean,
  show: number,
  label: string,
  roles: RoleConfusion = zeroConfusion(),
  folds?: RoleFolds,
): ScoreTotals {
  const t = zeroTotals();
  if (dumping) t.all = [];
  rows.forEach((row, i) => {
    const gold = parseAciDialogue(row.dialogue).segments;
    const segments = removeLabels ? unlabelled(gold) : gold;
    const sex = sexes.get(row.encounter_id) ?? 'unknown';
    const drafting = withFoldModel(folds, aciGroup(row.note));
    const draft = draftOffline(segments, template, drafting, { sex });
    const text = noteToText(draft.content);
    const u = unsupportedShare(draft.content, segments);
    scoreNote(t, {
      draftText: text,
      sentences: draft.content.sections.flatMap((s) =>
        s.sentences.map((x) => ({
          text: x.text,
          review: x.review !== undefined,
          heading: x.heading === true || isHeadingSection(s.id),
        })),
      ),
      dropped: draft.dropped ?? 0,
      reference: row.note,
      segments,
      drugNames: resources.drugNames,
      apEmpty: assessmentPlanEmpty(draft.content),
      ...(removeLabels
        ? { roles: roleAccuracy(roles, trustedRoles(row, gold), segments, drafting.roleModel) }
        : {}),
      unsupported: [Math.round(u.byEvidence * u.sentences), u.sentences],
    });
    if (i < show) console.log(`\n=== ${label} ${row.encounter_id}\n${text}`);
  });
  return t;
}

// Which drafted fact categories answer each MTS-Dialog section.
const MTS_SECTIONS: Record<string, FactCategory[]> = {
  'FAM/SOCHX': ['family', 'social'],
  GENHX: ['chief-complaint', 'hpi', 'symptom', 'history'],
  ROS: ['ros', 'symptom'],
  PASTSURGICAL: ['history'],
  PASTMEDICALHX: ['history'],
  OTHER_HISTORY: ['history'],
  GYNHX: ['history'],
  MEDICATIONS: ['medication'],
  IMMUNIZATIONS: ['history', 'medication'],
  ALLERGY: ['allergy'],
  CC: ['chief-complaint'],
  ASSESSMENT: ['assessment'],
  DIAGNOSIS: ['assessment'],
  PLAN: ['plan', 'follow-up'],
  DISPOSITION: ['plan', 'follow-up'],
  EDCOURSE: ['results', 'assessment', 'plan'],
  PROCEDURES: ['history', 'plan'],
  LABS: ['results'],
  IMAGING: ['results'],
  EXAM: ['exam', 'vitals'],
};

/** The resources with the role model that never saw `group`, when drafting with held-out folds. */
const withFoldModel = (folds: RoleFolds | undefined, group: string) =>
  folds ? { ...resources, roleModel: folds.modelFor(group) } : resources;

interface MtsOptions {
  /** Score every drafted sentence, not only those of the row's section (reading defects on train). */
  allFacts?: boolean;
  folds?: RoleFolds;
}

function evalMts(
  rows: readonly MtsRow[],
  removeLabels: boolean,
  show: number,
  label: string,
  roles: RoleConfusion = zeroConfusion(),
  { allFacts = false, folds }: MtsOptions = {},
): ScoreTotals {
  const t = zeroTotals();
  if (dumping) t.all = [];
  rows.forEach((row, i) => {
    const gold = parseMtsDialogue(row.dialogue);
    const segments = removeLabels ? unlabelled(gold) : gold;
    const wanted = new Set(MTS_SECTIONS[row.section_header] ?? []);
    const drafting = withFoldModel(folds, mtsGroup(row.ID));
    const { facts, dropped } = extractFacts(segments, drafting);
    const chosen = allFacts ? facts : facts.filter((f) => wanted.has(f.category));
    const draftText = chosen.map((f) => f.text).join(' ');
    scoreNote(t, {
      draftText,
      sentences: chosen.map((f) => ({
        text: f.text,
        review: f.review !== undefined,
        heading: f.category === 'chief-complaint',
      })),
      dropped,
      reference: row.section_text,
      segments,
      drugNames: resources.drugNames,
      ...(removeLabels ? { roles: roleAccuracy(roles, gold, segments, drafting.roleModel) } : {}),
    });
    if (i < show)
      console.log(
        `\n=== ${label} ${row.ID} ${row.section_header}\n${draftText}\n--- reference\n${row.section_text}`,
      );
  });
  return t;
}

function main(): void {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const split = arg('--split') === 'train' ? 'train' : 'valid';
  const show = Number(arg('--show') ?? 0);
  const foldCount = Number(arg('--folds') ?? 0);
  if (foldCount > 0 && split !== 'train')
    throw new Error('--folds holds out training dialogues: use --split train');
  const mts = split === 'train' && process.argv.includes('--mts');
  const folds = foldCount > 1 ? trainRoleFolds(foldCount) : undefined;
  const rows = loadAciSplit(split);
  const asr = loadAciAsr(split);
  const sexes = loadAciSex(split);
  const roles: Array<[string, RoleConfusion]> = [
    ['ACI unlabelled', zeroConfusion()],
    ['ACI ASR unlabelled', zeroConfusion()],
    ['MTS section unlabelled', zeroConfusion()],
  ];
  const confusionOf = (i: number) => roles[i]?.[1] ?? zeroConfusion();
  const conditions: Array<[string, ScoreTotals]> = [
    ['ACI labelled', evalAci(rows, sexes, false, show, 'labelled')],
    ['ACI unlabelled', evalAci(rows, sexes, true, show, 'unlabelled', confusionOf(0), folds)],
    [`ACI ASR unlabelled`, evalAci(asr, sexes, true, show, 'asr', confusionOf(1), folds)],
  ];
  if (split === 'train' && process.argv.includes('--asr-like')) {
    const variants = asrLikeRows(rows);
    for (const [i, v] of variants.entries())
      sexes.set(v.encounter_id, sexes.get(rows[i % rows.length]?.encounter_id ?? '') ?? 'unknown');
    conditions.push([
      'ACI ASR-like unlabelled',
      evalAci(variants, sexes, true, show, 'asr-like', zeroConfusion(), folds),
    ]);
  }
  if (split === 'valid') {
    const valid = loadMtsSplit('valid');
    conditions.push(['MTS section labelled', evalMts(valid, false, show, 'mts-labelled')]);
    conditions.push(['MTS section unlabelled', evalMts(valid, true, show, 'mts-unlabelled', confusionOf(2))]);
  } else if (mts) {
    const train = loadMtsSplit('train');
    const original = new Set(train.map((r) => r.dialogue));
    const translated = loadMtsSplit('augmented').filter((r) => !original.has(r.dialogue));
    roles[2] = ['MTS train unlabelled, all', zeroConfusion()];
    roles.push(['MTS back-translated unlab.', zeroConfusion()]);
    const all = { allFacts: true, ...(folds ? { folds } : {}) };
    conditions.push(['MTS train labelled, all', evalMts(train, false, show, 'mts-train', undefined, all)]);
    conditions.push([
      'MTS train unlabelled, all',
      evalMts(train, true, show, 'mts-train-unlabelled', confusionOf(2), all),
    ]);
    conditions.push([
      'MTS back-translated unlab.',
      evalMts(translated, true, show, 'mts-translated', confusionOf(3), all),
    ]);
    if (process.argv.includes('--asr-like')) {
      // Each MTS-Dialog train dialogue once, unpunctuated or mis-punctuated in turn.
      const asrLike = train.map((r, i) => ({
        ...r,
        dialogue: asrLikeMtsDialogue(r.dialogue, 5000 + i, i % 2 === 0 ? 'unpunctuated' : 'misplaced'),
      }));
      roles.push(['MTS ASR-like unlabelled', zeroConfusion()]);
      conditions.push([
        'MTS ASR-like unlabelled',
        evalMts(asrLike, true, show, 'mts-asr-like', confusionOf(4), all),
      ]);
    }
  } else roles.pop();
  console.log(
    `\nOffline drafter, SOAP template, ACI-Bench ${split} (${rows.length} encounters; ASR: ${asr.length})` +
      (split === 'valid' ? ' and MTS-Dialog valid (100 sections)' : '') +
      (mts ? ' and MTS-Dialog train with its back-translations (every drafted sentence)' : '') +
      (folds
        ? `; roles inferred by ${folds.folds} models, each trained without the dialogues it drafts`
        : '') +
      '. F1, recall and shares in %; hallucination = drafted numbers/drugs absent from the transcript.',
  );
  console.log(TABLE_HEADER);
  for (const [label, totals] of conditions) console.log(formatRow(label, totals));
  console.log(
    '\ndefect% counts every drafted sentence a reader sees with conversation left in it, flagged for review or not;' +
      ' unflag-d% only those shipped without a review flag; flagged% = sentences carrying the review marker; dropped = sentences with something to document that were dropped' +
      ' as conversation with nothing clinical; ref-def% = the same checker on the reference notes.',
  );
  for (const [label, t] of conditions)
    console.log(
      `  ${label}: ${t.flagged[1]} sentences drafted, ${t.defects[0]} with a defect, ${t.flagged[0]} flagged for review, ${t.dropped} dropped as conversation`,
    );
  console.log('\nDefective sentences per kind (a sentence counts under each of its kinds):');
  for (const [label, t] of conditions) console.log(`  ${label}: ${formatKinds(t) || 'none'}`);
  if (dumpFile)
    writeFileSync(
      dumpFile,
      conditions.map(([label, t]) => [`## ${label}`, ...(t.all ?? [])].join('\n')).join('\n\n'),
    );
  const printDefects = split === 'train' || process.argv.includes('--print-defects');
  for (const [label, totals] of printDefects ? conditions : []) {
    if (totals.examples.length === 0) continue;
    console.log(`\nDefective sentences, ${label}:`);
    for (const e of totals.examples) console.log(`  ${e}`);
  }
  console.log(
    `\n${ROLE_TABLE_HEADER}   (VirtScribe ASR scored against its human transcript; npm run eval:roles: without turn boundaries too)`,
  );
  for (const [label, confusion] of roles) console.log(formatRoleRow(label, confusion));
  // Our own visits in new wording (the committed model trained on the tune half, never the report).
  for (const [label, dialogues] of [
    ['Own tune unlabelled', OWN_TUNE_DIALOGUES],
    ['Own report unlabelled', OWN_REPORT_DIALOGUES],
  ] as const) {
    const confusion = zeroConfusion();
    for (const d of dialogues) {
      const segments = labelledSegments(d);
      addRoleConfusion(confusion, segments, withoutLabels(segments));
    }
    console.log(formatRoleRow(label, confusion));
  }
}

main();
