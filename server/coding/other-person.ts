/**
 * Conditions said of someone other than the patient who is neither a blood relative (ConText's family
 * scope) nor the child a parent speaks for: a spouse, a partner, a friend, a coworker ("my husband has
 * diabetes too", "a friend of mine had a kidney stone"). Nothing said of them is coded for the patient.
 * Only a condition that person is said to have counts ("my wife noticed I'm short of breath" is the
 * patient's finding).
 */
const OTHER_PERSON =
  '(?:wife|husband|spouse|partner|fianc[eé]e?|boyfriend|girlfriend|friend|roommate|room mate|coworkers?|co-workers?|colleague|neighbou?r|boss|grandson|granddaughter|grandkids?|grandchildren)';

/** The words just before a mention make it that person's: "my husband also has", "a friend of mine had a". */
const OTHER_PERSONS_BEFORE = new RegExp(
  `\\b${OTHER_PERSON}(?: of (?:mine|ours))?(?:\\s*,?\\s*(?:[a-z]+\\s*,?\\s*)?)?\\s+(?:(?:also|too|actually|just|recently)\\s+)?(?:has|had|have|got|gets|is|was|suffers from|deals with|dealt with|(?:was|is|got|has been) (?:just |recently )?diagnosed with|(?:is|was) (?:being )?treated for)(?:\\s+(?:had|got|a|an|the|some|bad|really|pretty|terrible|such))*\\s*$`,
  'i',
);

/** Whether the words before a mention (its own sentence, fillers removed) give it to another person. */
export const saidOfAnotherPerson = (before: string): boolean => OTHER_PERSONS_BEFORE.test(before);
