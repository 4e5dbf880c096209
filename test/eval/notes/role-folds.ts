/**
 * Speaker-role models for an honest reading of the training split: the committed model was trained on
 * every training dialogue, so on them it makes almost none of the role errors an unseen recording
 * gets. Fold k's model is trained, by the same code as `npm run models:train-speaker-role`, on every
 * training dialogue whose conversation is not in fold k; a dialogue of fold k is then drafted with it,
 * as if unseen. The chain's scale and the 'other' offset are the committed model's (chosen once on a
 * held-out fifth; searching them again per fold would cost the search five times over).
 */
export { aciGroup, mtsGroup } from '../../../models/scripts/train-speaker-role.js';

import {
  type Dialogue,
  fitClassifiers,
  fitModel,
  groupFold,
  mixClassifiers,
  trainingDialogues,
} from '../../../models/scripts/train-speaker-role.js';
import { builtinRoleModel, type RoleModel } from '../../../shared/clinical/speaker-role/index.js';
import { QUANTUM } from '../../../shared/clinical/speaker-role/role-model.js';

export interface RoleFolds {
  folds: number;
  /** The model that never saw the conversation of `group` (e.g. `aci:<reference note>`). */
  modelFor(group: string): RoleModel;
}

/** Train one role model per fold (each on the other folds' dialogues). */
export function trainRoleFolds(
  folds: number,
  dialogues: readonly Dialogue[] = trainingDialogues(),
): RoleFolds {
  const base = builtinRoleModel();
  const otherOffset = -(base.logOffset[2] ?? 0) / QUANTUM;
  const models = Array.from({ length: folds }, (_, k) => {
    const fold = dialogues.filter((d) => groupFold(d.group, folds) !== k);
    return fitModel(fold, mixClassifiers(fitClassifiers(fold), base.mix), base.scale, otherOffset, base.mix);
  });
  return {
    folds,
    modelFor: (group) => models[groupFold(group, folds)] ?? base,
  };
}
