import { wordCount } from './tokens.js';

/**
 * Whether a subordinate clause trails a main clause already said ("he takes the inhaler when he
 * gets short of breath"), rather than leading the clause after it ("when he gets short of breath he
 * takes the inhaler"). A trailing one is closed: a new subject and verb fused on after it ("... short
 * of breath it helps within minutes") starts a new sentence, where a leading one's would be its main
 * clause. `before` is the piece of the sentence up to the subordinator.
 */
// A verb of its own: an auxiliary, or a subject with a verb.
const MAIN_VERB =
  /\b(?:is|was|are|were|has|had|have|does|did|do|will|would|can|could|should|may|might|must)\b|\b(?:he|she|they|it|we|i|you|there|the patient)\s+(?:\w+\s+)?\w+(?:ed|s)\b/i;
// Words that leave the subordinate clause leading what follows: a joining word or a relative just
// before it ("... and when she bends it it hurts"), or a subordinate clause the piece itself opens on.
const STILL_OPENING =
  /(?:\b(?:and|but|or|so|then|that|which|who|because|now|also|plus)|[,;:])\s*$|^(?:when|whenever|if|since|because|while|after|before|until|once|unless|although|though)\b/i;
const MIN_MAIN_WORDS = 3;

export function trailsMainClause(before: string): boolean {
  const said = before.trim();
  return wordCount(said) >= MIN_MAIN_WORDS && MAIN_VERB.test(said) && !STILL_OPENING.test(said);
}
