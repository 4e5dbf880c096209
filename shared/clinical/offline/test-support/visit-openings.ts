/**
 * How visits open, written for the chief-complaint tests in our own words (not from ACI-Bench or
 * MTS-Dialog), across specialties: each with who said each line, the reason for the visit a physician
 * would document (`expect`) and what it must not be (`not`: a past illness, an exam finding, an
 * associated symptom, a bare adjective).
 */
export interface VisitOpening {
  lines: readonly (readonly ['clinician' | 'patient', string])[];
  expect: RegExp;
  not?: RegExp;
}

export const VISIT_OPENINGS: Record<string, VisitOpening> = {
  paediatricEar: {
    lines: [
      ['clinician', 'Hi there, what brings you and Mia in today?'],
      ['patient', "She's been pulling at her right ear and running a fever for two days."],
      ['patient', 'She had a cold with a runny nose last week but that cleared up.'],
      ['clinician', 'Is she eating and drinking?'],
      ['patient', "Less than usual, and she's fussy at night."],
      ['clinician', 'Let me look in her ears. The right eardrum is red and bulging.'],
      ['clinician', "It's an ear infection on the right side, so we'll start amoxicillin."],
    ],
    expect: /^right ear pulling and fever for two days\.$/,
    not: /runny nose|rhinorrhea|cold/i,
  },
  heartFailure: {
    lines: [
      ['clinician', 'Good morning, how can I help you today?'],
      [
        'patient',
        "I've been getting more short of breath over the last two weeks and my ankles are swollen.",
      ],
      ['clinician', 'Can you lie flat at night?'],
      ['patient', 'No, I have to sleep propped up on three pillows now.'],
      [
        'clinician',
        "Let me check your legs. There's pitting swelling up to the knees and crackles at both bases.",
      ],
      ['clinician', "Your heart failure is flaring up, so we'll double the furosemide."],
    ],
    expect: /^shortness of breath over the last two weeks and ankle swelling\.$/,
    not: /knee/i,
  },
  sciatica: {
    lines: [
      ['clinician', "So what's been going on?"],
      ['patient', 'My lower back has been killing me for three weeks and the pain shoots down my left leg.'],
      ['clinician', 'Any numbness in the foot or trouble with your bladder?'],
      ['patient', 'No, nothing like that.'],
      [
        'clinician',
        "There's tenderness along the left leg and the straight leg raise is positive on the left.",
      ],
      ['clinician', "This sounds like sciatica. We'll try physical therapy and naproxen."],
    ],
    expect: /^lower back pain radiating down the left leg for three weeks\.$/,
    not: /tenderness/i,
  },
  sinusitis: {
    lines: [
      ['clinician', 'What can I do for you today?'],
      ['patient', "I've had pressure in my face over my cheeks for ten days and my upper teeth ache too."],
      ['clinician', 'Any fever?'],
      ['patient', 'A low one on and off.'],
      [
        'clinician',
        "Your sinuses are tender when I press. It's a sinus infection, so we'll start amoxicillin.",
      ],
    ],
    expect: /^facial pressure for ten days\.$/,
    not: /teeth|tooth/i,
  },
  eczema: {
    lines: [
      ['clinician', 'Hello, how can I help?'],
      ['patient', "My eczema has flared up on my arms and it's so itchy I can't sleep."],
      ['clinician', 'What have you been putting on it?'],
      ['patient', 'Just moisturiser.'],
      [
        'clinician',
        "There are dry red patches in both elbow creases. We'll use a steroid cream twice a day.",
      ],
    ],
    expect: /^eczema flare\.$/,
    not: /^itch(?:y|ing)\.$/i,
  },
  lowMood: {
    lines: [
      ['clinician', 'What brings you in today?'],
      ['patient', "I've been feeling really depressed for the past month and I'm not sleeping."],
      ['clinician', 'Have you had any thoughts of hurting yourself?'],
      ['patient', 'No, never.'],
      [
        'clinician',
        "I think this is a depressive episode. Let's start sertraline 50 mg and see you in four weeks.",
      ],
    ],
    expect: /^depressed mood for the past month\.$/,
    not: /insomnia|sleep/i,
  },
  panic: {
    lines: [
      ['clinician', 'How can I help you today?'],
      ['patient', "I keep having panic attacks at work, my heart races and I feel like I can't breathe."],
      ['clinician', 'How often are they happening?'],
      ['patient', 'Two or three times a week since the spring.'],
      ['clinician', "These are panic attacks. We'll refer you for therapy and start sertraline."],
    ],
    expect: /^panic attacks\.$/,
    not: /heart|breath/i,
  },
  telehealthDiabetes: {
    lines: [
      ['clinician', 'Can you hear me okay on the video?'],
      ['patient', 'Yes, loud and clear.'],
      ['clinician', 'Good. So today we wanted to check on your diabetes since the metformin went up.'],
      ['patient', 'My sugars are mostly in the 120s in the morning.'],
      ['clinician', 'Any stomach upset from the metformin?'],
      ['patient', 'Some loose stools the first week.'],
      ['clinician', 'Your diabetes is better controlled. Keep the metformin at 1000 mg twice a day.'],
    ],
    expect: /^follow-up of diabetes\.$/,
    not: /stool|diarrh/i,
  },
  twoComplaints: {
    lines: [
      ['clinician', 'What brings you in?'],
      [
        'patient',
        'Two things. My right knee has been aching for a month, and I keep getting heartburn after meals.',
      ],
      ['clinician', 'Did you injure the knee?'],
      ['patient', 'No, it just started hurting.'],
      [
        'clinician',
        "There's a small effusion in the right knee. We'll get an x-ray and start omeprazole for the reflux.",
      ],
    ],
    expect: /^right knee pain for a month and heartburn\.$/,
    not: /effusion/i,
  },
  exertionalChest: {
    lines: [
      ['clinician', 'Hi, what brings you in today?'],
      ['patient', 'I get a tight feeling in my chest when I walk uphill, it started about a month ago.'],
      ['patient', 'I had a stent put in five years ago after a heart attack.'],
      ['clinician', 'Does it go away when you rest?'],
      ['patient', 'Yes, after a few minutes.'],
      ['clinician', "This could be angina. We'll get a stress test and start a nitroglycerin spray."],
    ],
    expect: /^chest tightness\b/,
    not: /heart attack|myocardial/i,
  },
  sorethroat: {
    lines: [
      ['clinician', 'So how can I help today?'],
      [
        'patient',
        'My throat has been really sore for four days and it hurts to swallow. I had strep last winter.',
      ],
      ['clinician', 'Any cough?'],
      ['patient', 'No cough.'],
      ['clinician', "Your tonsils are swollen with white spots. We'll do a rapid strep test."],
    ],
    expect: /^sore throat for four days\b/,
    not: /strep|cough/i,
  },
  croup: {
    lines: [
      ['clinician', "What's going on with Leo today?"],
      ['patient', "He's had a barking cough since last night and he sounds hoarse."],
      ['clinician', 'Is he breathing fast or pulling in at the ribs?'],
      ['patient', "Not that I've seen."],
      [
        'clinician',
        "I can hear a barky cough but his chest is clear. This is croup, we'll give one dose of dexamethasone.",
      ],
    ],
    expect: /^barking cough since last night\.$/,
    not: /hoarse|clear/i,
  },
  shoulder: {
    lines: [
      ['clinician', 'What seems to be the problem?'],
      ['patient', "My right shoulder has been hurting for six weeks and I can't lift my arm over my head."],
      ['clinician', 'Does it wake you at night?'],
      ['patient', 'When I lie on that side, yes.'],
      [
        'clinician',
        "There's weakness with resisted abduction and tenderness over the front of the shoulder.",
      ],
    ],
    expect: /^right shoulder pain for six weeks\.$/,
    not: /weakness|tenderness/i,
  },
  mole: {
    lines: [
      ['clinician', 'Hello, what can I do for you?'],
      ['patient', "I'm worried about a mole on my back that has gotten bigger and darker."],
      ['clinician', 'How long have you noticed the change?'],
      ['patient', 'Since the summer. It itches sometimes.'],
      ['clinician', "It's irregular at the border. We'll take a biopsy today."],
    ],
    expect: /^mole on the back\.$/,
    not: /^itch/i,
  },
  migraine: {
    lines: [
      ['clinician', 'What brings you in today?'],
      ['patient', "I've had bad headaches every morning for two weeks and sometimes I feel sick with them."],
      ['clinician', 'Any change in your vision?'],
      ['patient', 'No.'],
      ['clinician', 'Your neurological exam is normal. We will keep a headache diary and try sumatriptan.'],
    ],
    expect: /^headaches for two weeks\.$/,
    not: /nausea|vision/i,
  },
  bloodPressureCheck: {
    lines: [
      ['clinician', 'Nice to see you again. We are following up on your blood pressure today.'],
      ['patient', 'The home readings are around 135 over 85.'],
      ['clinician', 'Any dizziness on the lisinopril?'],
      ['patient', 'A little when I stand up fast.'],
      ['clinician', 'Your blood pressure is well controlled. Continue lisinopril 10 mg daily.'],
    ],
    expect: /^follow-up of blood pressure\.$/,
    not: /dizz/i,
  },
  telehealthSwallowing: {
    lines: [
      ['clinician', 'Hi Sam, good to see you on the video.'],
      ['clinician', "I read in your message that you've been having some difficulty swallowing."],
      ['patient', 'Yes, bread gets stuck halfway down. I had heartburn years ago but not lately.'],
      ['clinician', 'Any weight loss?'],
      ['patient', 'Maybe five pounds.'],
      ['clinician', "We'll arrange an endoscopy to look at the oesophagus."],
    ],
    expect: /^difficulty swallowing\.$/,
    not: /heartburn/i,
  },
  toddlerRash: {
    lines: [
      ['clinician', 'Hello, who have we got here today?'],
      [
        'patient',
        "This is Ava. I'm having trouble with her skin, there's a lump on her left arm since Sunday.",
      ],
      ['clinician', 'Has she had a fever?'],
      ['patient', 'No fever.'],
      [
        'clinician',
        'The lump is warm and red with a small head. It is a little abscess and we will drain it.',
      ],
    ],
    expect: /^lump on the left arm since sunday\.$/,
    not: /abscess|fever/i,
  },
  heartFailureExamFirst: {
    lines: [
      ['clinician', 'Morning Mr Diaz, come on in and have a seat.'],
      ['patient', 'Thanks doc.'],
      ['clinician', "Let me have a look at your legs. There's pitting swelling up to your knees."],
      ['patient', "Yes and I'm short of breath when I lie down."],
      ['clinician', "Your heart failure is worse, we'll increase the furosemide."],
    ],
    expect: /^shortness of breath\b/,
    not: /knee|leg/i,
  },
  itchNoOpener: {
    lines: [
      ['patient', 'Hi doctor.'],
      ['clinician', 'Hi Jo, nice to see you again.'],
      ['patient', "I'm so itchy all over since I started the new washing powder."],
      ['clinician', 'There are raised red welts on the trunk. These are hives.'],
      ['clinician', 'Stop the new powder and take cetirizine 10 mg once a day.'],
    ],
    expect: /^itching\b/,
  },
};

/** The same visit as speech recognition gives it: no capitals, no punctuation. */
export function unpunctuated(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.,?!;:]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
