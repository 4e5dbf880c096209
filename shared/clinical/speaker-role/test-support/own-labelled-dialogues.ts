/**
 * Our own labelled visits (not ACI-Bench or MTS-Dialog wording), split fixed in two halves: TUNE may
 * be trained on and read; REPORT is only scored. See own-labelled-tune.ts and own-labelled-report.ts.
 */
export { type LabelledDialogue, type LabelledRole, labelledSegments } from './labelled-dialogue.js';
export { OWN_REPORT_DIALOGUES } from './own-labelled-report.js';
export { OWN_TUNE_DIALOGUES } from './own-labelled-tune.js';
