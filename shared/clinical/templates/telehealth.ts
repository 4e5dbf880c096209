import type { TemplateBody } from '../template.js';

export const telehealthTemplate: TemplateBody = {
  name: 'Telehealth follow-up',
  specialty: 'general',
  style: 'paragraphs',
  sections: [
    {
      id: 'visit-details',
      title: 'Visit Details',
      description: 'Reason for the video or phone visit.',
      guidance: 'State that the visit was conducted remotely only if said in the transcript.',
      rules: { categories: ['chief-complaint'] },
    },
    {
      id: 'history',
      title: 'History',
      description: 'Symptoms and course since the last visit, reported by the patient.',
      guidance: '',
      rules: {
        categories: ['hpi', 'symptom', 'ros', 'history', 'medication', 'allergy', 'social', 'family'],
      },
    },
    {
      id: 'observations',
      title: 'Observations',
      description: 'What could be observed remotely and home measurements (e.g. home blood pressure).',
      guidance: 'No hands-on exam findings unless reported.',
      rules: { categories: ['vitals', 'exam', 'results'] },
    },
    {
      id: 'assessment-plan',
      title: 'Assessment and Plan',
      description: 'Impression, changes to treatment, orders, follow-up and when to seek care in person.',
      guidance: '',
      rules: { categories: ['assessment', 'plan', 'follow-up'] },
    },
  ],
};
