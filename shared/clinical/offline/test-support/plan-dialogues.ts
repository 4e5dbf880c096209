/**
 * Visits for the assessment-and-plan tests, in our own words (not from ACI-Bench or MTS-Dialog), one
 * line per recorder segment, no speaker labels: several problems each with reasoning and a plan, a
 * clinician's first-person recommendation, and a visit that ends on an acknowledgement.
 */
export const PLAN_DIALOGUES = {
  heartFailureAndPneumonia: [
    'What brings you in today?',
    "My breathing has gotten worse this week and my ankles are swollen. I've also got a cough with a fever since Saturday.",
    'Are you taking the furosemide every day?',
    'I ran out about two weeks ago.',
    'There are crackles at the right lung base, your temperature is 38.4 and there is pitting edema to the shins.',
    'Given the crackles and the fever, this is most likely a right lower lobe pneumonia.',
    'I think we should start amoxicillin 1 gram three times a day for five days and get a chest x-ray today.',
    'Your heart failure is also worse because the furosemide ran out.',
    "We'll restart furosemide 40 mg every morning and check your kidney function.",
    "Come back in one week, sooner if you're more short of breath.",
    'Sounds good.',
  ],
  paediatricAsthmaAndEczema: [
    'What brings you both in today?',
    "She's been wheezing at night for a week and the rash on her elbows is back.",
    'Is she using the blue inhaler?',
    'Most nights, yes.',
    'I can hear scattered wheezes on both sides. The skin in the elbow creases is dry and red with scratch marks.',
    "Her asthma isn't well controlled, since she needs the reliever most nights.",
    'I think we should start a low dose steroid inhaler, fluticasone 50 mcg two puffs twice a day, with a spacer.',
    'The rash on her elbows is most likely eczema flaring with the cold weather.',
    "Let's use hydrocortisone 1 percent cream twice a day for a week and a thick moisturiser after baths.",
    'Come back in four weeks.',
    'Sounds good, thank you.',
  ],
  shoulderSurgery: [
    'How is the shoulder after the physical therapy?',
    "Still weak, I can't lift my arm above my head and it wakes me up at night.",
    'The MRI shows a full thickness tear of the supraspinatus.',
    'I think the best course at this point is surgery to repair the tendon.',
  ],
  telehealthKneeCheck: [
    'Can you hear me on the video?',
    'Yes, loud and clear.',
    'How has the knee been since the injection?',
    'Much better, I can do the stairs again.',
    'Great, any swelling?',
    'No.',
    'Sounds good.',
    'Okay.',
  ],
} as const satisfies Record<string, readonly string[]>;
