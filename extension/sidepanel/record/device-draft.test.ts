import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../../../shared/clinical/templates/index.js';
import { deviceTemplate, draftOnDevice } from './device-draft.js';

const segments = [
  {
    seq: 0,
    startMs: 0,
    endMs: 3000,
    speaker: 'unknown' as const,
    text: 'I have had a dry cough for three days.',
  },
  { seq: 1, startMs: 3000, endMs: 6000, speaker: 'unknown' as const, text: 'No fever and no chest pain.' },
];

describe('drafting on the device while the server is unreachable', () => {
  it('uses the organisation’s cached template first, then the built-in one, then SOAP', () => {
    const soap = builtinTemplates.find((t) => t.key === 'soap')!;
    const custom = { key: 'clinic-soap', body: { ...soap.body, name: 'Clinic SOAP' } };
    expect(deviceTemplate('clinic-soap', [custom]).body.name).toBe('Clinic SOAP');
    expect(deviceTemplate('progress', []).key).toBe('progress');
    expect(deviceTemplate('unknown-template', []).key).toBe('soap');
  });

  it('drafts sentences linked to the transcript, and says when it fell back to SOAP', () => {
    const draft = draftOnDevice(segments, 'unknown-template', []);
    expect(draft.templateKey).toBe('soap');
    expect(draft.content.warnings[0]).toContain('not on this device');
    const sentences = draft.content.sections.flatMap((s) => s.sentences);
    expect(sentences.some((s) => /cough/i.test(s.text))).toBe(true);
    expect(sentences.filter((s) => s.support === 'supported').every((s) => s.evidence.length > 0)).toBe(true);
    expect(draftOnDevice(segments, 'soap', []).content.warnings).toEqual(draft.content.warnings.slice(1));
  });
});
