import type { TemplateBody } from '../template.js';
import { historyCategories } from './categories.js';

export const soapTemplate: TemplateBody = {
  name: 'SOAP note',
  specialty: 'general',
  style: 'paragraphs',
  sections: [
    {
      id: 'subjective',
      title: 'Subjective',
      description:
        'Chief complaint, history of present illness, pertinent positives and negatives, history, medications, allergies.',
      guidance:
        'Third person, concise. Start with the chief complaint. Keep onset, duration, severity and modifying factors.',
      rules: {
        categories: historyCategories,
      },
    },
    {
      id: 'objective',
      title: 'Objective',
      description: 'Vital signs, examination findings and results reviewed during the visit.',
      guidance: 'Only findings stated in the transcript; vitals with units.',
      rules: { categories: ['vitals', 'exam', 'results'] },
    },
    {
      id: 'assessment',
      title: 'Assessment',
      description: "The clinician's impression and diagnoses.",
      guidance: 'One line per problem, as the clinician stated it; do not add diagnoses.',
      rules: { categories: ['assessment'] },
    },
    {
      id: 'plan',
      title: 'Plan',
      description: 'Orders, medications with dose and frequency, referrals, education and follow-up.',
      guidance: 'Medications with dose, route and frequency as spoken.',
      rules: { categories: ['plan', 'follow-up'] },
    },
  ],
};
