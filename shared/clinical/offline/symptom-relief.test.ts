import { describe, expect, it } from 'vitest';
import { onlyRelievesSymptom } from './symptom-relief.js';

const fever = { name: 'Fever', key: 'fever', evidence: [] };
const cough = { name: 'Cough', key: 'cough', evidence: [] };

describe('onlyRelievesSymptom (comfort for a symptom of the problem being treated)', () => {
  it('finds a symptom named only as what a medicine or advice is for', () => {
    expect(
      onlyRelievesSymptom('Will start amoxicillin, and may give acetaminophen for the fever.', fever),
    ).toBe(true);
    expect(onlyRelievesSymptom('Advised to keep her home until the fever is gone.', fever)).toBe(true);
    expect(onlyRelievesSymptom('Advised to try honey, which can help the cough.', cough)).toBe(true);
  });

  it('keeps a symptom that is the subject of the plan, and problems that are not symptoms', () => {
    expect(onlyRelievesSymptom('The fever is most likely viral.', fever)).toBe(false);
    expect(onlyRelievesSymptom('Chest x-ray for the cough, and the cough should settle.', cough)).toBe(false);
    const hypertension = { name: 'Hypertension', key: 'hypertension', evidence: [] };
    expect(onlyRelievesSymptom('Will start lisinopril for the hypertension.', hypertension)).toBe(false);
  });
});
