import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EhrSite } from '../storage/settings-schema.js';
import { answerEhrRequest } from './ehr-page.js';

const site: EhrSite = {
  origin: 'https://ehr.example.org',
  label: '',
  patientIdSelector: '#mrn',
  noteFieldSelector: '#note',
  insertMode: 'append',
  includeCodes: false,
};

function chart(mrn: string | null, text = 'Vitals reviewed.') {
  const banner = mrn === null ? '' : `<span id="mrn"> ${mrn} </span>`;
  const { document } = parseHTML(`<html><body>${banner}<textarea id="note">${text}</textarea></body></html>`);
  return document as unknown as Document;
}
const note = (doc: Document) => (doc.querySelector('#note') as HTMLTextAreaElement).value;
const insert = (expectedMrn: string, allowOtherPatient = false) =>
  ({
    type: 'ehr.insert',
    text: 'SIGNED by Dr A',
    expectedCurrent: 'Vitals reviewed.',
    mode: 'append',
    expectedMrn,
    allowOtherPatient,
  }) as const;

describe('answerEhrRequest', () => {
  const nodeEvent = globalThis.Event;
  beforeAll(() => {
    // The content script runs in a page; linkedom stands in for it here (its events included).
    const w = parseHTML('<html></html>');
    Object.assign(globalThis, {
      HTMLTextAreaElement: w.HTMLTextAreaElement,
      HTMLInputElement: w.HTMLInputElement,
      Event: w.Event,
    });
  });
  afterAll(() => {
    globalThis.Event = nodeEvent;
  });

  it('previews the field and the chart’s patient identifier', () => {
    expect(answerEhrRequest(chart('K-1'), site, { type: 'ehr.preview-insert' })).toEqual({
      type: 'preview',
      found: true,
      current: 'Vitals reviewed.',
      mrn: 'K-1',
      hasCaret: false,
    });
  });

  it('refuses to write into another patient’s chart, or one whose identifier cannot be read', () => {
    for (const doc of [chart('K-2'), chart(null)]) {
      expect(answerEhrRequest(doc, site, insert('K-1'))).toMatchObject({ ok: false, code: 'wrong_patient' });
      expect(note(doc)).toBe('Vitals reviewed.');
    }
  });

  it('appends below the staff text for the right patient, and writes elsewhere only when overridden', () => {
    const right = chart('k-1');
    expect(answerEhrRequest(right, site, insert('K-1'))).toMatchObject({ ok: true, code: null });
    expect(note(right)).toBe('Vitals reviewed.\n\nSIGNED by Dr A');
    const other = chart('K-2');
    expect(answerEhrRequest(other, site, insert('K-1', true))).toMatchObject({ ok: true });
  });
});
