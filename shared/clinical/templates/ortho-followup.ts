import type { TemplateBody } from '../template.js';
import { historyCategories } from './categories.js';

export const orthoFollowupTemplate: TemplateBody = {
  name: 'Orthopedic follow-up',
  specialty: 'orthopedics',
  style: 'bullets',
  sections: [
    {
      id: 'history',
      title: 'History',
      description: 'Injury or surgery being followed, pain, function, therapy progress, analgesic use.',
      guidance: 'Mechanism of injury, pain score, weakness, numbness, response to therapy.',
      rules: {
        categories: historyCategories,
      },
    },
    {
      id: 'exam',
      title: 'Musculoskeletal Exam',
      description: 'Inspection, palpation, range of motion, strength, neurovascular status.',
      guidance: 'Side (left/right) and joint for every finding.',
      rules: { categories: ['vitals', 'exam'] },
    },
    {
      id: 'imaging',
      title: 'Imaging',
      description: 'X-ray, MRI or CT reviewed.',
      guidance: '',
      rules: { categories: ['results'] },
    },
    {
      id: 'assessment',
      title: 'Assessment',
      description: 'Diagnosis and healing status.',
      guidance: '',
      rules: { categories: ['assessment'] },
    },
    {
      id: 'plan',
      title: 'Plan',
      description: 'Bracing, weight bearing, therapy, injections, medications, surgery, return visit.',
      guidance: '',
      rules: { categories: ['plan', 'follow-up'] },
    },
  ],
};
