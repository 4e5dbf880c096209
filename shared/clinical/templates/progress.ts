import type { TemplateBody } from '../template.js';
import { historyCategories } from './categories.js';

export const progressTemplate: TemplateBody = {
  name: 'Progress note',
  specialty: 'general',
  style: 'bullets',
  sections: [
    {
      id: 'interval-history',
      title: 'Interval History',
      description: 'What changed since the last visit: symptoms, adherence, side effects.',
      guidance: 'Focus on change since the last visit.',
      rules: {
        categories: historyCategories,
      },
    },
    {
      id: 'exam',
      title: 'Examination',
      description: 'Vitals, findings and results today.',
      guidance: '',
      rules: { categories: ['vitals', 'exam', 'results'] },
    },
    {
      id: 'assessment',
      title: 'Assessment',
      description: 'Status of each problem (improved, stable, worse).',
      guidance: '',
      rules: { categories: ['assessment'] },
    },
    {
      id: 'plan',
      title: 'Plan',
      description: 'Changes to treatment, orders and follow-up.',
      guidance: '',
      rules: { categories: ['plan', 'follow-up'] },
    },
  ],
};
