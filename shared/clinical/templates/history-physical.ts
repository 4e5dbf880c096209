import type { TemplateBody } from '../template.js';

export const historyPhysicalTemplate: TemplateBody = {
  name: 'History & Physical',
  specialty: 'general',
  style: 'paragraphs',
  sections: [
    { id: 'chief-complaint', title: 'Chief Complaint', description: 'Reason for the visit in a few words.', guidance: '', rules: { categories: ['chief-complaint'] } },
    {
      id: 'hpi',
      title: 'History of Present Illness',
      description: 'Onset, duration, character and course of the presenting problem.',
      guidance: 'Chronological, third person.',
      rules: { categories: ['hpi', 'symptom'] },
    },
    { id: 'pmh', title: 'Past Medical History', description: 'Prior conditions and surgeries.', guidance: '', rules: { categories: ['history'] } },
    { id: 'medications', title: 'Medications', description: 'Current medications with dose.', guidance: '', rules: { categories: ['medication'] } },
    { id: 'allergies', title: 'Allergies', description: 'Drug and other allergies with reactions.', guidance: '', rules: { categories: ['allergy'] } },
    { id: 'social-history', title: 'Social History', description: 'Tobacco, alcohol, substances, occupation, living situation.', guidance: '', rules: { categories: ['social'] } },
    { id: 'family-history', title: 'Family History', description: 'Conditions in relatives.', guidance: '', rules: { categories: ['family'] } },
    { id: 'ros', title: 'Review of Systems', description: 'Pertinent positives and negatives by system.', guidance: '', rules: { categories: ['ros'] } },
    {
      id: 'physical-exam',
      title: 'Physical Examination',
      description: 'Vital signs and examination findings.',
      guidance: 'Vitals with units, then findings by system.',
      rules: { categories: ['vitals', 'exam'] },
    },
    { id: 'results', title: 'Results', description: 'Labs and imaging reviewed.', guidance: '', rules: { categories: ['results'] } },
    {
      id: 'assessment-plan',
      title: 'Assessment and Plan',
      description: 'Impression per problem with its plan.',
      guidance: 'Problem, reasoning, then orders and follow-up.',
      rules: { categories: ['assessment', 'plan', 'follow-up'] },
    },
  ],
};
