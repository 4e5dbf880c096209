import { describe, expect, it } from 'vitest';
import { orgSettingsSchema } from '../../../shared/api/org-settings.js';
import { templateBodySchema } from '../../../shared/clinical/template.js';
import { builtinTemplates } from '../../../shared/clinical/templates/index.js';
import { fieldErrorsOf, issueInWords } from './field-errors.js';

const soap = builtinTemplates.find((t) => t.key === 'soap')!.body;

describe('validation errors in words, by field', () => {
  it('says what is wrong with a template section, keyed to the field', () => {
    const body = {
      ...soap,
      sections: [{ ...soap.sections[0]!, title: '', id: 'Bad Id' }, ...soap.sections.slice(1)],
    };
    const parsed = templateBodySchema.safeParse(body);
    expect(parsed.success).toBe(false);
    const errors = fieldErrorsOf(parsed.error!.issues);
    expect(errors['sections.0.title']).toBe('Required: this cannot be empty.');
    expect(errors['sections.0.id']).toMatch(/^Use lowercase letters/);
    expect(Object.values(errors).join(' ')).not.toMatch(/Too small|expected/);
  });

  it('explains an empty template and a too-long name', () => {
    const errors = fieldErrorsOf(
      templateBodySchema.safeParse({ ...soap, name: 'x'.repeat(121), sections: [] }).error!.issues,
    );
    expect(errors.sections).toBe('Add at least one section.');
    expect(errors.name).toBe('Too long: at most 120 characters.');
  });

  it('words the server’s listed errors the same way, and an EHR address', () => {
    expect(
      issueInWords({
        path: ['sections', '0', 'title'],
        message: 'Too small: expected string to have >=1 characters',
      }),
    ).toBe('Required: this cannot be empty.');
    const site = orgSettingsSchema.shape.ehrSites.element.safeParse({
      origin: 'not a url',
      noteFieldSelector: '#n',
    });
    expect(fieldErrorsOf(site.error!.issues).origin).toBe(
      'Enter the full address, such as https://ehr.example.org.',
    );
  });
});
