import { describe, expect, it } from 'vitest';
import { factCategorySchema, templateBodySchema } from '../template.js';
import { builtinTemplates, getBuiltinTemplate } from './index.js';

describe('builtinTemplates', () => {
  it('publishes the five keyed templates, each valid', () => {
    expect(builtinTemplates.map((t) => t.key)).toEqual([
      'soap',
      'hp',
      'progress',
      'telehealth',
      'ortho-followup',
    ]);
    for (const t of builtinTemplates) expect(templateBodySchema.parse(t.body)).toEqual(t.body);
  });

  it('routes every fact category somewhere in every template, with unique section ids', () => {
    for (const { key, body } of builtinTemplates) {
      const routed = new Set(body.sections.flatMap((s) => s.rules.categories));
      expect(
        [...factCategorySchema.options].filter((c) => !routed.has(c)),
        key,
      ).toEqual([]);
      expect(new Set(body.sections.map((s) => s.id)).size, key).toBe(body.sections.length);
    }
  });

  it('gives SOAP its four sections and fails clearly on an unknown key', () => {
    expect(getBuiltinTemplate('soap').sections.map((s) => s.title)).toEqual([
      'Subjective',
      'Objective',
      'Assessment',
      'Plan',
    ]);
    expect(() => getBuiltinTemplate('nope')).toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});
