import type { SentenceUnit } from '../offline/units.js';
import { inferRoles } from './infer-roles.js';
import { type RoleModel, roleModelSchema } from './role-model.js';
import weights from './speaker-role-weights.json';

export { inferRoles, type RoleGuess, type RoleUnit } from './infer-roles.js';
export { type InferredRole, ROLE_CLASSES, type RoleModel } from './role-model.js';

let cached: RoleModel | undefined;

/** The committed speaker-role model (validated once). */
export function builtinRoleModel(): RoleModel {
  cached ??= roleModelSchema.parse(weights);
  return cached;
}

/**
 * Sentence units with every `unknown` speaker replaced by the inferred role; recorded labels
 * (clinician, patient, other, e.g. from a telehealth source) are kept and anchor the inference.
 */
export function withInferredRoles(
  units: readonly SentenceUnit[],
  model = builtinRoleModel(),
): SentenceUnit[] {
  if (!units.some((u) => u.speaker === 'unknown')) return [...units];
  const guesses = inferRoles(
    units.map((u) => ({
      seq: u.seq,
      text: u.text,
      isQuestion: u.isQuestion,
      ...(u.speaker === 'unknown' ? {} : { known: u.speaker }),
    })),
    model,
  );
  return units.map((u, i) => {
    const guess = guesses[i];
    if (u.speaker !== 'unknown' || !guess) return u;
    return { ...u, speaker: guess.role, roleConfidence: guess.confidence };
  });
}
