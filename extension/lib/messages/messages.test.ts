import { describe, expect, it } from 'vitest';
import { backgroundRequestSchema, contentRequestSchema, isExtensionPage } from './messages.js';

const ID = 'glaigfbehkfbkinplcbellegmodgcenp';
const BASE = `chrome-extension://${ID}/`;

describe('extension messages', () => {
  it('hears only this extension’s own pages, not content scripts or other extensions', () => {
    expect(isExtensionPage({ id: ID, url: `${BASE}sidepanel.html` }, ID, BASE)).toBe(true);
    expect(isExtensionPage({ id: ID, url: `${BASE}offscreen.html` }, ID, BASE)).toBe(true);
    // A content script has our id but the web page's URL.
    expect(isExtensionPage({ id: ID, url: 'https://ehr.example.org/chart' }, ID, BASE)).toBe(false);
    expect(isExtensionPage({ id: 'other', url: 'chrome-extension://other/x.html' }, ID, BASE)).toBe(false);
    expect(isExtensionPage({ id: ID }, ID, BASE)).toBe(false);
  });

  it('gives the content script no privileged message to send or receive', () => {
    expect(contentRequestSchema.safeParse({ type: 'ehr.read-patient' }).success).toBe(true);
    for (const type of ['capture.start', 'note.sign', 'settings.save', 'uploads.kick']) {
      expect(contentRequestSchema.safeParse({ type }).success).toBe(false);
    }
    expect(backgroundRequestSchema.safeParse({ type: 'note.sign', noteId: 'x' }).success).toBe(false);
  });

  it('validates the capture start command', () => {
    const start = {
      encounterId: '00000000-0000-4000-8000-000000000001',
      modelBaseUrl: 'https://scribe.example.org/models/whisper-base.en',
      language: null,
      backend: 'auto',
      firstSeq: 0,
    };
    expect(backgroundRequestSchema.safeParse({ type: 'capture.start', start }).success).toBe(true);
    expect(
      backgroundRequestSchema.safeParse({
        type: 'capture.start',
        start: { ...start, modelBaseUrl: 'javascript:x' },
      }).success,
    ).toBe(false);
    expect(
      backgroundRequestSchema.safeParse({
        type: 'capture.start',
        start: { ...start, encounterId: '../../x' },
      }).success,
    ).toBe(false);
  });
});
