import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../../../shared/clinical/templates/index.js';
import { templateDiff } from './template-diff.js';

const soap = builtinTemplates.find((t) => t.key === 'soap')!.body;

describe('what publishing a template version changes', () => {
  it('lists renamed, added, removed, edited and moved sections', () => {
    const [s0, s1, ...rest] = soap.sections;
    const next = {
      ...soap,
      name: 'SOAP (clinic)',
      sections: [
        s1!,
        { ...s0!, guidance: 'Lead with the main complaint.' },
        ...rest.slice(1),
        { id: 'follow-up', title: 'Follow-up', description: '', guidance: '', rules: { categories: [] } },
      ],
    };
    const texts = templateDiff(soap, next).map((c) => `${c.kind}: ${c.text}`);
    expect(texts).toContain(`changed: Name: “${soap.name}” → “SOAP (clinic)”`);
    expect(texts).toContain(`removed: Section removed: ${rest[0]!.title}`);
    expect(texts).toContain('added: Section added: Follow-up');
    expect(texts.some((t) => t.includes(`${s0!.title}: guidance for the AI drafter changed`))).toBe(true);
    expect(texts).toContain(`moved: ${s0!.title}: moved from position 1 to 2`);
  });

  it('says nothing changed for an identical version, and everything is new for a first one', () => {
    expect(templateDiff(soap, soap)).toEqual([]);
    expect(templateDiff(undefined, soap)[0]?.kind).toBe('added');
  });
});
