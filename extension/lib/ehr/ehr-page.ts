import { sameMrn } from '../../../shared/api/ehr-insert.js';
import type { ContentRequest, ContentResponse } from '../messages/messages.js';
import type { EhrSite } from '../storage/settings.js';
import { type Caret, composeInsert } from './compose-insert.js';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

const isTextControl = (el: Element): el is HTMLInputElement | HTMLTextAreaElement =>
  el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;

function readField(el: Field): string {
  return isTextControl(el) ? el.value : (el.textContent ?? '');
}

/** A text control keeps its caret when focus moves to the side panel; a rich-text field its selection. */
function caretOf(doc: Document, el: Field): Caret {
  if (isTextControl(el)) {
    const { selectionStart: start, selectionEnd: end } = el;
    // A field nobody clicked into reports 0/0: that is "no caret", not "the very top".
    if (typeof start !== 'number' || typeof end !== 'number') return null;
    if (start === 0 && end === 0 && doc.activeElement !== el) return null;
    return { start, end };
  }
  const sel = doc.getSelection();
  const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
  if (!range || !el.contains(range.startContainer)) return null;
  const before = doc.createRange();
  before.selectNodeContents(el);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

/** Sets text the way a typing user would (frameworks see an input event); never parses HTML. */
function writeField(el: Field, text: string): void {
  if (isTextControl(el)) {
    const proto =
      el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    // React-style EHRs track value through the prototype setter; assigning el.value would be ignored.
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, text);
  } else {
    el.textContent = text;
  }
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

function query(doc: Document, selector: string): Element | null {
  if (!selector) return null;
  try {
    return doc.querySelector(selector);
  } catch {
    return null; // a malformed selector in settings must not break the page
  }
}

/** The chart's patient identifier through the site's selector; null when it cannot be read. */
function readChartMrn(doc: Document, site: EhrSite | undefined): string | null {
  const el = site ? query(doc, site.patientIdSelector) : null;
  const raw = el ? (isTextControl(el) ? el.value : el.textContent) : null;
  return raw?.trim() || null;
}

const refused = (code: 'wrong_patient' | 'changed' | 'no_field', reason: string): ContentResponse => ({
  type: 'inserted',
  ok: false,
  reason,
  code,
});

/** Answers the side panel's requests against one EHR page, using that site's configured selectors. */
export function answerEhrRequest(
  doc: Document,
  site: EhrSite | undefined,
  request: ContentRequest,
): ContentResponse {
  if (request.type === 'ehr.read-patient') return { type: 'patient', mrn: readChartMrn(doc, site) };
  const field = site ? (query(doc, site.noteFieldSelector) as Field | null) : null;
  if (request.type === 'ehr.preview-insert') {
    return {
      type: 'preview',
      found: field !== null,
      current: field ? readField(field) : '',
      mrn: readChartMrn(doc, site),
      hasCaret: field ? caretOf(doc, field) !== null : false,
    };
  }
  if (!field) return refused('no_field', 'The note field was not found on this page.');
  // Checked again at the moment of writing: the chart may have switched patients since the preview.
  if (!request.allowOtherPatient && !sameMrn(readChartMrn(doc, site), request.expectedMrn)) {
    return refused('wrong_patient', 'The chart open in the EHR is not this note’s patient.');
  }
  const current = readField(field);
  if (current !== request.expectedCurrent) {
    return refused('changed', 'The note field changed since the preview; review it again.');
  }
  writeField(field, composeInsert(current, request.text, request.mode, caretOf(doc, field)));
  return { type: 'inserted', ok: true, reason: null, code: null };
}
