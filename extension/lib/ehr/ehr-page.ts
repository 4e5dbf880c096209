import type { ContentRequest, ContentResponse } from '../messages/messages.js';
import type { EhrSite } from '../storage/settings.js';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

const isTextControl = (el: Element): el is HTMLInputElement | HTMLTextAreaElement =>
  el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;

function readField(el: Field): string {
  return isTextControl(el) ? el.value : (el.textContent ?? '');
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

/** Answers the side panel's requests against one EHR page, using that site's configured selectors. */
export function answerEhrRequest(
  doc: Document,
  site: EhrSite | undefined,
  request: ContentRequest,
): ContentResponse {
  if (request.type === 'ehr.read-patient') {
    const el = site ? query(doc, site.patientIdSelector) : null;
    const raw = el ? (isTextControl(el) ? el.value : el.textContent) : null;
    const mrn = raw?.trim() || null;
    return { type: 'patient', mrn };
  }
  const field = site ? (query(doc, site.noteFieldSelector) as Field | null) : null;
  if (request.type === 'ehr.preview-insert') {
    return { type: 'preview', found: field !== null, current: field ? readField(field) : '' };
  }
  if (!field) return { type: 'inserted', ok: false, reason: 'The note field was not found on this page.' };
  if (readField(field) !== request.expectedCurrent) {
    return {
      type: 'inserted',
      ok: false,
      reason: 'The note field changed since the preview; review it again.',
    };
  }
  writeField(field, request.text);
  return { type: 'inserted', ok: true, reason: null };
}
