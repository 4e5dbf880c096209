/**
 * The clinician telling a parent or carer what they may give the patient ("you can give him
 * acetaminophen for the fever", "you may give her the inhaler before sports"): the "you" is the one
 * who gives, not the patient, so it is documented as the caregiver's ("the caregiver may give
 * acetaminophen for the fever"), never as "the patient can give". The patient's own doses ("you can
 * give yourself the injection") and the idioms ("give us a call", "give it a try") are left alone.
 */
const CAREGIVER_GIVES =
  /\byou (?:can|could|may|should|might want to|will need to|need to)(?: also| still| just)? give (?:(?:him|her|them|the baby|the child|your (?:son|daughter|child|baby|little one))\s+)?(?=(?:some|the|a|an|his|her|their|children's|infant|\d|[a-z]+(?:\s+(?:\d|(?:or|and|for|every|twice|once|as needed|if|when|at)\b))))(?!(?:a call|a ring|a shout|a try|a go|a shot|it a|us|me|yourself|some thought|it some)\b)/i;

/** The sentence with a caregiver's giving written as the caregiver's. */
export function caregiverGives(text: string): string {
  return text.replace(CAREGIVER_GIVES, 'the caregiver may give ');
}
