/**
 * Visits written for the drafter's tests in our own words (not from ACI-Bench or MTS-Dialog), one
 * line per recorder segment, no speaker labels: what a single microphone gives the drafter.
 */
export const OWN_DIALOGUES = {
  pneumonia: [
    "What's been going on since the weekend?",
    "I've had a cough bringing up green phlegm and a fever for four days.",
    'Any chest pain when you take a deep breath?',
    'A little on the right side.',
    'On exam I hear crackles at the right lung base.',
    "This looks like a right lower lobe pneumonia. I'll prescribe doxycycline 100 mg twice a day for 7 days.",
    "Come back in 48 hours if you're not better.",
    'Okay, thank you.',
  ],
  sprain: [
    'So tell me what happened to the ankle.',
    'I was jogging on the trail Sunday and my left foot landed in a pothole and rolled inward.',
    'Could you walk on it afterwards?',
    'I hobbled to the car but it swelled up that evening.',
    'Any numbness or tingling in the foot?',
    'No.',
    'Do you smoke?',
    'No, I quit about five years ago.',
    "There's swelling and bruising over the outside of the left ankle and it's tender just in front of the fibula. The bones themselves aren't tender.",
    "I think you've sprained the ligaments on the outside of the ankle. I don't think it's broken, so we don't need an x-ray.",
    "Wear the lace-up brace, ice it twenty minutes three times a day and take ibuprofen 400 mg every eight hours with food. Follow up in two weeks if it's not improving.",
  ],
  heartFailure: [
    'How have you been since we changed your medicines?',
    'Not great. I ran out of my furosemide about a month ago and my legs have been swelling up again.',
    'Are you more short of breath?',
    'Yes, I need three pillows at night now and I get winded walking to the mailbox.',
    'Your weight is up six pounds from last visit. There are crackles at both lung bases and pitting edema to the knees. The neck veins are distended.',
    'This is an exacerbation of your heart failure because the water pill ran out.',
    "I'm going to restart furosemide 40 mg once daily and order a basic metabolic panel. Weigh yourself every morning and call if you gain more than two pounds in a day.",
    'If you get short of breath lying flat or at rest, go to the emergency room.',
  ],
  paediatric: [
    'Hi there, what brings you and your little one in today?',
    "He's had a fever since Tuesday, up to 38.6, and he keeps tugging at his right ear.",
    'Is he eating and drinking okay?',
    "He's drinking but not eating much.",
    'The right eardrum is red and bulging. The left one looks normal. His throat is clear.',
    'He has a right middle ear infection.',
    "We'll start amoxicillin 400 mg twice a day for ten days, and you can give acetaminophen for the fever.",
    'Make sure he keeps drinking plenty, even if he is off his food.',
    'Go to the ER if he has trouble breathing, gets very sleepy or stops having wet diapers.',
  ],
  // A parent and the clinician about a toddler's cold: advice and return precautions in words other
  // than "take" or "wear", one said condition first.
  paediatricCold: [
    'What brings her in today?',
    'She has been coughing at night for three days and her nose keeps running.',
    'Has she been around anyone sick at nursery',
    'Let me listen to her chest.',
    'Her lungs are clear and both ears look fine.',
    'This is a common cold, a viral infection.',
    'Keep her home from nursery until the fever has been gone for a full day.',
    'Run a cool mist humidifier at night and a spoon of honey can help the cough.',
    'If she starts breathing fast or her lips look blue, take her to the emergency room straight away.',
  ],
  mentalHealth: [
    'How has your mood been over the past few weeks?',
    "Honestly pretty low. I've been sleeping maybe four hours a night and I've lost interest in things I used to enjoy.",
    'Have you had any thoughts of hurting yourself?',
    'No, never.',
    'Are you still taking the sertraline?',
    "Yes, 50 mg every morning, but I don't feel like it's doing much.",
    'It sounds like your depression is not well controlled. I would like to increase the sertraline to 100 mg daily and refer you to counseling. Let us see you again in four weeks.',
    'If you ever have thoughts of ending your life, call 988 or go to the nearest emergency room.',
  ],
  telehealthFollowUp: [
    'Can you hear me all right on the video?',
    'Yes, I can hear you fine.',
    'How is the throat doing since we started the penicillin?',
    'Much better, I can swallow without wincing now.',
    'Have you had any fever, rash or trouble breathing?',
    'No, but I have had a mild headache on and off since Thursday.',
    "That's common with a throat infection. Finish all ten days of the penicillin and message us if the ears start to hurt.",
  ],
} satisfies Record<string, string[]>;

/**
 * Visits in our own words with the speaker of each line recorded (as a telehealth source or a
 * clinician's correction gives it): for the drafter's prose, independent of speaker-role inference.
 */
export const LABELLED_DIALOGUES = {
  // A run-on, unpunctuated exam and plan as speech recognition delivers it, with the clinician
  // thinking aloud in the first person.
  kneeRunOn: [
    ['clinician', 'So what happened with the knee?'],
    [
      'patient',
      'I was carrying groceries up the stairs on Monday and my right knee buckled and it has been swollen since.',
    ],
    [
      'clinician',
      "okay let me take a look at that knee on exam there is no there is no redness she's tender when I press on the inside of the joint I don't appreciate any laxity and I do notice a small effusion",
    ],
    [
      'clinician',
      "I think this is a medial meniscus strain I don't think it's a full tear what I'd like to do is get an MRI of the right knee and I'll prescribe naproxen 500 mg twice a day with food",
    ],
    ['clinician', "I'm glad you came in early. Come back in three weeks."],
  ],
  // Two problems announced one after the other, as clinicians often organise the plan aloud.
  twoProblems: [
    ['clinician', 'How have the breathing and the sugars been?'],
    [
      'patient',
      "I've been using the albuterol inhaler about three times a week and my sugars run around 160 in the morning.",
    ],
    ['clinician', 'Your lungs have a faint wheeze at the bases. Your A1c is 8.2.'],
    ['clinician', 'For your first problem, your asthma.'],
    ['clinician', "I'll start you on a fluticasone inhaler 110 mcg two puffs twice a day."],
    [
      'clinician',
      'For your second problem of your diabetes we will increase the metformin to 1000 mg twice a day.',
    ],
  ],
} satisfies Record<string, Array<['clinician' | 'patient', string]>>;
