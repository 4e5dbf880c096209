import { AppError } from '../../errors.js';
import { type TemplateBody, templateBodySchema } from '../template.js';
import { historyPhysicalTemplate } from './history-physical.js';
import { orthoFollowupTemplate } from './ortho-followup.js';
import { progressTemplate } from './progress.js';
import { soapTemplate } from './soap.js';
import { telehealthTemplate } from './telehealth.js';

export type BuiltinTemplateKey = 'soap' | 'hp' | 'progress' | 'telehealth' | 'ortho-followup';

const RAW: Array<{ key: BuiltinTemplateKey; body: TemplateBody }> = [
  { key: 'soap', body: soapTemplate },
  { key: 'hp', body: historyPhysicalTemplate },
  { key: 'progress', body: progressTemplate },
  { key: 'telehealth', body: telehealthTemplate },
  { key: 'ortho-followup', body: orthoFollowupTemplate },
];

/** The published built-in templates, validated by the same schema admins' templates pass. */
export const builtinTemplates: ReadonlyArray<{ key: string; body: TemplateBody }> = RAW.map(
  ({ key, body }) => ({
    key,
    body: templateBodySchema.parse(body),
  }),
);

/** A built-in template by key; AppError 'not_found' for an unknown key. */
export function getBuiltinTemplate(key: string): TemplateBody {
  const found = builtinTemplates.find((t) => t.key === key);
  if (!found) {
    throw new AppError(
      'not_found',
      `Unknown template "${key}". Known: ${builtinTemplates.map((t) => t.key).join(', ')}`,
    );
  }
  return found.body;
}
