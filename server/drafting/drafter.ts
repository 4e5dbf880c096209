import type { CodeSuggestion } from '../../shared/clinical/codes.js';
import type { NoteContent } from '../../shared/clinical/note.js';
import {
  type DraftOptions,
  draftOffline,
  type OfflineResources,
} from '../../shared/clinical/offline/index.js';
import type { Drafter, DraftInput, DraftOutput } from '../app-env.js';
import { type SuggestInput, suggestCodes } from '../coding/codes.suggest.js';
import { hasCodeTable, validateCodes } from '../coding/codes.validate.js';
import { currentReleaseId } from '../coding/release-data.js';
import type { Db } from '../db/client.js';
import type { LlmConfig } from '../llm/llm-config.js';
import { draftWithLlm, failureReason, type LlmDraft } from '../llm/llm-drafter.js';
import { clientGone } from './bounded-dispatch.js';
import type { RunOfflineDraft, RunSuggestCodes, WorkerDraft } from './offline-draft-worker.js';

export interface DrafterOptions {
  /** OpenAI-compatible endpoint; without it every draft is offline. */
  llm?: LlmConfig;
  db: Db;
  /** Offline drafter rules; default the built-in ones (Node callers may pass loadOfflineResources()). */
  offlineResources?: OfflineResources;
  /** Runs the offline drafter elsewhere (the server: on a worker thread); default: in this thread. */
  runOffline?: RunOfflineDraft;
  /**
   * Suggests codes elsewhere (the server: on its drafting workers, an offline draft's in the same job)
   * from the release loaded in `db` when the draft starts; default: in this thread.
   */
  suggestCodes?: RunSuggestCodes;
  /** Milliseconds since the epoch; default Date.now (tests move it). */
  now?: () => number;
}

const MAX_CODES = 10;
/** The product records office and telehealth visits: outpatient rules (coding-setting.ts). */
const OUTPATIENT = 'outpatient' as const;
/** How long "no ICD-10-CM release is loaded" is believed before the table is looked at again. */
export const CODE_TABLE_RECHECK_MS = 60_000;

/**
 * Whether a release is loaded, without a query per draft: once loaded it stays loaded (an import
 * replaces the table in one transaction); its absence is looked at again after CODE_TABLE_RECHECK_MS,
 * so a release imported while the server runs is used within a minute.
 */
function codeTableProbe(db: Db, now: () => number): () => Promise<boolean> {
  let loaded = false;
  let absentUntil = Number.NEGATIVE_INFINITY;
  return async () => {
    if (loaded || now() < absentUntil) return loaded;
    loaded = await hasCodeTable(db);
    if (!loaded) absentUntil = now() + CODE_TABLE_RECHECK_MS;
    return loaded;
  };
}

/**
 * The drafting pipeline the API calls: LLM when configured and allowed by `mode`, else the offline
 * drafter; an LLM failure falls back to the offline draft with a visible, PHI-free warning. Code
 * suggestions always come from the offline problem mentions, plus LLM-proposed codes that exist and are
 * billable in the loaded release.
 */
export function createDrafter(options: DrafterOptions): Drafter {
  const codesLoaded = codeTableProbe(options.db, options.now ?? Date.now);
  return {
    async draft(input: DraftInput): Promise<DraftOutput> {
      const mode = input.mode ?? 'auto';
      const warnings: string[] = [];
      // The offline draft is cheap and always computed: its mentions drive code suggestions and it is
      // the fallback when the LLM fails.
      // The pronoun comes from the sex recorded on the patient's identity, never from the talk.
      const draftOptions: DraftOptions = input.patient?.sex ? { sex: input.patient.sex } : {};
      if (input.signal?.aborted) throw clientGone();
      const codesWanted = await codesLoaded();
      const tryLlm = mode !== 'offline' && options.llm !== undefined && input.segments.length > 0;
      // The release is read once per draft, so one imported by another process is picked up.
      const releaseId = codesWanted && options.suggestCodes ? await currentReleaseId(options.db) : undefined;
      // Without an LLM the offline draft's content is the note's: its codes come with it, in one job.
      const coding = releaseId !== undefined && !tryLlm ? { releaseId, setting: OUTPATIENT } : undefined;
      const offline: WorkerDraft = options.runOffline
        ? await options.runOffline(input.segments, input.template, draftOptions, input.signal, coding)
        : draftOffline(input.segments, input.template, options.offlineResources, draftOptions);

      let llmDraft: LlmDraft | undefined;
      if (mode === 'llm' && !options.llm) {
        warnings.push('LLM drafting was requested but no LLM endpoint is configured; offline draft used.');
      } else if (tryLlm && options.llm) {
        try {
          llmDraft = await draftWithLlm(options.llm, {
            segments: input.segments,
            template: input.template,
            ...(input.patient ? { patient: input.patient } : {}),
          });
        } catch (error) {
          warnings.push(`LLM endpoint failed (${failureReason(error)}); offline draft used.`);
        }
      }
      if (llmDraft && llmDraft.unsupportedSentences > 0) {
        warnings.push(
          `${llmDraft.unsupportedSentences} generated sentence(s) cite no transcript evidence and are flagged unsupported.`,
        );
      }

      const flagged =
        llmDraft?.content.sections.flatMap((s) => s.sentences).filter((s) => s.review).length ?? 0;
      if (flagged > 0) {
        warnings.push(
          `${flagged} generated sentence(s) are still worded as conversation and are flagged for review.`,
        );
      }

      const engine = llmDraft ? 'llm' : 'offline';
      const base: NoteContent = llmDraft ? llmDraft.content : offline.content;
      const content: NoteContent = { ...base, warnings: [] };

      let codes: CodeSuggestion[] = [];
      if (codesWanted) {
        // Codes come with the offline draft only when no LLM was tried, so an LLM draft's are
        // suggested here, from the offline draft's mentions.
        if (offline.codes && !llmDraft) codes = offline.codes;
        else if (offline.mentions === undefined) throw new Error('offline draft without its mentions');
        else {
          const suggestInput: SuggestInput = {
            mentions: offline.mentions,
            segments: input.segments,
            content,
            setting: OUTPATIENT,
          };
          codes =
            releaseId !== undefined && options.suggestCodes
              ? await options.suggestCodes(suggestInput, releaseId, input.signal)
              : await suggestCodes(options.db, suggestInput);
        }
        if (llmDraft) codes = await mergeLlmCodes(options.db, codes, llmDraft);
      } else {
        warnings.push('ICD-10-CM codes are not loaded on this server; no code suggestions.');
      }

      content.warnings = [...base.warnings, ...warnings].slice(0, 50);
      return { content, codes: codes.slice(0, MAX_CODES), engine, warnings };
    },
  };
}

/** Adds LLM-proposed codes that pass validateCodes; a code both engines found keeps the higher score. */
async function mergeLlmCodes(db: Db, codes: CodeSuggestion[], draft: LlmDraft): Promise<CodeSuggestion[]> {
  const { accepted } = await validateCodes(
    db,
    draft.codes.map((c) => c.code),
  );
  const evidenceOf = new Map(
    draft.codes.map((c) => [c.code.trim().toUpperCase().replace('.', ''), c.evidence]),
  );
  const merged = [...codes];
  for (const code of accepted) {
    const existing = merged.find((c) => c.code === code.code);
    if (existing) {
      existing.rationale = `${existing.rationale}; also proposed by the language model`.slice(0, 500);
      continue;
    }
    merged.push({
      system: 'ICD-10-CM',
      code: code.code,
      display: code.display,
      rationale: 'Proposed by the language model; code exists and is billable in the loaded release',
      score: 0.6,
      evidence: (evidenceOf.get(code.code) ?? []).slice(0, 50),
    });
  }
  return merged.sort((a, b) => b.score - a.score);
}
