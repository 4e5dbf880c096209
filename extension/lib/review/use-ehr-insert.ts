import { useState } from 'react';
import { type EhrInsertMode, type EhrText, sameMrn } from '../../../shared/api/ehr-insert.js';
import { describeError } from '../api/api-error.js';
import type { ScribeApi } from '../api/scribe-api.js';
import { askEhrTab, findEhrTab } from '../ehr/ehr-tab.js';
import { loadSettings } from '../storage/settings.js';

/** Everything known before writing into the chart. */
export interface PreparedInsert {
  tabId: number;
  mode: EhrInsertMode;
  current: string;
  /** What the chart shows as its patient identifier (null: unreadable). */
  chartMrn: string | null;
  hasCaret: boolean;
  ehr: EhrText;
}

export type InsertState =
  | { phase: 'idle' }
  | { phase: 'working' }
  | { phase: 'error'; text: string }
  /** The chart shows another patient, or none: blocked until the right chart is open or an override. */
  | { phase: 'blocked'; prepared: PreparedInsert }
  /** Replace mode over existing text: shown side by side before anything is overwritten. */
  | { phase: 'confirm'; prepared: PreparedInsert }
  | { phase: 'done'; prepared: PreparedInsert; recorded: boolean; note: string };

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
};

const where: Record<EhrInsertMode, string> = {
  append: 'below the text already in the field',
  replace: 'in place of the field’s text',
  cursor: 'at the cursor in the field',
};

/**
 * Insert into the EHR: reads the chart's patient identifier and blocks on a mismatch (the content
 * script checks again as it writes); appends or writes at the cursor at once, asks first before
 * replacing text; records each insert on the server. An override needs a reason the server audits.
 */
export function useEhrInsert(api: ScribeApi, noteId: string) {
  const [state, setState] = useState<InsertState>({ phase: 'idle' });

  const prepare = async (): Promise<PreparedInsert | string> => {
    const tab = await findEhrTab().catch(() => undefined);
    if (!tab) return 'Open the patient’s chart in a configured EHR tab first.';
    const { ehrSites } = await loadSettings();
    const origin = originOf(tab.url);
    const site = ehrSites.find((s) => new URL(s.origin).origin === origin);
    const [page, ehr] = await Promise.all([
      askEhrTab(tab.id, { type: 'ehr.preview-insert' }).catch(() => undefined),
      api.ehrText(noteId, site?.includeCodes ? 'accepted' : 'none'),
    ]);
    if (page?.type !== 'preview' || !page.found)
      return 'The EHR note field was not found. Check the EHR site settings.';
    return {
      tabId: tab.id,
      mode: site?.insertMode ?? 'append',
      current: page.current,
      chartMrn: page.mrn,
      hasCaret: page.hasCaret,
      ehr,
    };
  };

  const write = async (p: PreparedInsert, overrideId: string | null) => {
    const answer = await askEhrTab(p.tabId, {
      type: 'ehr.insert',
      text: p.ehr.text,
      expectedCurrent: p.current,
      mode: p.mode,
      expectedMrn: p.ehr.patient.mrn,
      allowOtherPatient: overrideId !== null,
    }).catch(() => undefined);
    if (answer?.type !== 'inserted') return setState({ phase: 'error', text: 'Insert failed.' });
    if (!answer.ok) {
      // The chart changed since the check: check again from the start, never write blind.
      if (answer.code === 'wrong_patient' || answer.code === 'changed') return start();
      return setState({ phase: 'error', text: answer.reason ?? 'Insert failed.' });
    }
    const placed = p.mode === 'cursor' && !p.hasCaret ? where.append : where[p.mode];
    try {
      await api.recordInsert(noteId, {
        version: p.ehr.version,
        mode: p.mode,
        chartMrn: p.chartMrn,
        overrideId,
      });
      setState({ phase: 'done', prepared: p, recorded: true, note: `Inserted ${placed}.` });
    } catch (e) {
      setState({
        phase: 'done',
        prepared: p,
        recorded: false,
        note: `Inserted ${placed}, but the server could not record it (${describeError(e)}); the note still shows as not inserted.`,
      });
    }
  };

  const start = async (): Promise<void> => {
    setState({ phase: 'working' });
    try {
      const p = await prepare();
      if (typeof p === 'string') return setState({ phase: 'error', text: p });
      if (!sameMrn(p.chartMrn, p.ehr.patient.mrn)) return setState({ phase: 'blocked', prepared: p });
      if (p.mode === 'replace' && p.current.trim()) return setState({ phase: 'confirm', prepared: p });
      await write(p, null);
    } catch (e) {
      setState({ phase: 'error', text: describeError(e) });
    }
  };

  return {
    state,
    start,
    confirm: async (p: PreparedInsert) => {
      setState({ phase: 'working' });
      await write(p, null);
    },
    /** Inserts into a chart that does not show this patient, after the server audited the reason. */
    override: async (p: PreparedInsert, reason: string) => {
      setState({ phase: 'working' });
      try {
        const o = await api.overrideInsertPatientCheck(noteId, p.chartMrn, reason);
        await write(p, o.id);
      } catch (e) {
        setState({ phase: 'error', text: describeError(e) });
      }
    },
    cancel: () => setState({ phase: 'idle' }),
  };
}

export type EhrInsert = ReturnType<typeof useEhrInsert>;
