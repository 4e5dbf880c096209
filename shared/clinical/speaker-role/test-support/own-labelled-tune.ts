import { type LabelledDialogue, labelledDialogue } from './labelled-dialogue.js';

/**
 * The TUNE half of our own labelled visits: may be read, trained on (models/scripts/
 * train-speaker-role.ts) and used to choose features. Its twin, own-labelled-report.ts, is only scored.
 */
export const OWN_TUNE_DIALOGUES: readonly LabelledDialogue[] = [
  labelledDialogue(
    'wrist-sprain',
    `
C: Hiya, what happened to the wrist?
P: Came off my bike yesterday. Put my hand out to stop myself.
C: Ouch. Which hand?
P: Left. I'm right-handed, at least.
C: Can you move your fingers alright?
P: Yeah, it just hurts to twist it.
C: Any numbness in the fingers?
P: Nope.
C: Did you hit anything else, your head?
P: Helmet took a knock but I was fine.
C: Okay, show me. I'm going to press on a few spots, tell me what hurts.
C: A bit of swelling over the back of the wrist. Snuffbox is not tender, that's good.
C: Radius at the wrist is tender here on the thumb side.
P: Yeah, that's the spot.
C: Grip strength is a little weaker on the left, and the pulse at the wrist is fine.
P: Do you think it's broken?
C: Honestly it looks like a sprain, but with that tenderness over the bone let's get an x-ray to be safe.
P: Today?
C: Yep, radiology is downstairs, I'll put the request in now.
C: If it's clear, I want you to wear a wrist splint for a week and use ibuprofen if you can take it.
C: We'll call you if the x-ray shows a fracture.
P: Can I still cycle to work?
C: Give it a couple of weeks. Once you can grip the handlebars without pain.
P: Fair enough, cheers.
`,
  ),
  labelledDialogue(
    'heart-failure-new',
    `
C: So your GP sent you because of the breathlessness. Tell me about it.
P: For about two months I get puffed out much quicker than before. Even carrying the shopping.
C: Do you wake up at night short of breath?
P: Twice now I've had to sit on the side of the bed to catch my breath.
C: Swelling in the legs?
P: My socks leave deep marks by the evening.
C: Any chest pain?
P: No pain. Sometimes my heart flutters.
C: Do you have high blood pressure or diabetes?
P: High blood pressure for years. I take ramipril.
C: Okay, let me examine you. Sit up on the couch for me.
C: Pulse is irregular, about a hundred and ten. Blood pressure one forty-eight over ninety-two.
C: The jugular venous pressure is raised at five centimetres, and there are fine crackles at both bases.
C: Pitting oedema up to both knees.
P: What does that all mean?
C: So what you've got is heart failure, where the heart isn't pumping as strongly as it should, and your heart rhythm is in atrial fibrillation.
P: Heart failure? That sounds terrible.
C: It sounds scary but it's very treatable. We'll get an echo of your heart and some blood tests including a BNP.
C: I'm going to start you on furosemide forty milligrams each morning and bisoprolol to slow the heart down.
C: We'll also need a blood thinner for the atrial fibrillation; let's start apixaban five milligrams twice a day.
C: I want you to weigh yourself every morning and write it down.
P: And if my weight goes up?
C: If it goes up more than two kilos in three days, ring the heart failure nurses.
P: Okay. I'll do that.
`,
  ),
  labelledDialogue(
    'paediatric-fever-rash',
    `
C: Hello, come in. Who have we got here?
O: This is Leo, he's eighteen months. He's had a temperature for three days.
C: How high has it been?
O: Thirty-nine point five last night, it comes down with Calpol.
C: Is he drinking?
O: Milk, yes, not much food.
C: Wet nappies?
O: About the same as normal.
C: Any rash?
O: This morning he had a pink rash on his tummy, that's why I came.
C: Has the fever gone now?
O: Actually yes, he's been cooler since last night.
C: Right, let me have a look at him. Hello Leo.
P: No!
C: I know, I know, it's okay. His temperature is thirty-seven point two.
C: He's got a blanching pink rash on the trunk, it fades when I press the glass on it.
C: Ears and throat look fine, chest is clear, and he's alert and playing with my pen.
O: Is it meningitis? I read about the glass test.
C: No, the rash fades and he's well. This looks like roseola, a viral illness where the rash comes as the fever goes.
O: Oh thank goodness.
C: It doesn't need antibiotics. Let's just keep him drinking and give Calpol if he's uncomfortable.
C: He can go back to nursery once he's had no fever for a day.
C: If the rash stops fading when you press, or he's floppy or not drinking, bring him straight back.
O: Thank you so much.
`,
  ),
  labelledDialogue(
    'grief',
    `
C: Come in, sit wherever's comfortable. How are you doing?
P: Not great, to be honest.
C: I was so sorry to hear about your husband.
P: Thank you. It's been eight weeks. Everyone says it gets easier.
C: How have you been sleeping?
P: I wake at four every morning and just lie there.
C: And eating?
P: I forget to. I've lost half a stone.
C: Do you have people around you?
P: My sister comes on Sundays. The kids phone.
C: Some people feel like they can't go on without their partner. Have you had thoughts like that?
P: Sometimes I think I'd like to just not wake up. But I'd never do anything, because of the grandchildren.
C: Thank you for telling me that. Have you made any plans or thought about how?
P: No. Nothing like that.
C: Okay. What you're going through sounds like grief, which is a normal reaction, though it's hitting you very hard right now.
P: I keep thinking I should be coping better.
C: There's no right way to do this. I'd like to refer you to a bereavement counsellor, Cruse are very good.
C: Let's also check your bloods since you've lost weight.
C: I want you to try to eat something small three times a day, even if it's just toast.
C: If those thoughts of not waking up get stronger or you start planning anything, call us or the crisis line straight away.
P: I will. Thank you for listening.
C: Let's see each other again in two weeks.
`,
  ),
  labelledDialogue(
    'depression-screen',
    `
C: I'm going to ask a few questions we ask everyone about mood, is that alright?
P: Sure.
C: Over the last two weeks, how often have you had little interest or pleasure in doing things?
P: More than half the days, I'd say.
C: And feeling down, depressed, or hopeless?
P: Nearly every day.
C: Trouble falling asleep, or sleeping too much?
P: Too much. I can sleep twelve hours and still be tired.
C: How's your energy?
P: Zero.
C: Poor appetite or overeating?
P: Overeating. Crisps mostly.
C: Feeling bad about yourself, or that you've let people down?
P: Yeah. A lot.
C: Trouble concentrating, on reading or TV?
P: I can't finish a page.
C: Any thoughts that you'd be better off dead, or of hurting yourself?
P: No.
C: Okay, thank you for being so open. That adds up to a score of nineteen.
P: Is that bad?
C: It puts you in the moderately severe range, so I think what we're dealing with is depression.
P: I sort of knew.
C: We'll talk about options. I'd suggest starting sertraline fifty milligrams once a day and a referral for talking therapy.
C: It can take four to six weeks to work, and you might feel a bit sick for the first week.
P: Will I be on it forever?
C: Usually at least six months after you feel better, then we'd taper it down together.
C: Let's book a call in two weeks to see how you're getting on.
`,
  ),
  labelledDialogue(
    'telehealth-thyroid',
    `
C: Hi, can you hear me alright?
P: Yes, loud and clear.
C: Brilliant. So we're following up the thyroid results. How have you been feeling on the levothyroxine?
P: Better. Not so cold all the time.
C: Still tired?
P: Less, but I still need a nap some afternoons.
C: Are you taking it first thing on an empty stomach?
P: Mostly. Sometimes I take it with my coffee.
C: Ah, coffee can block the absorption a bit. Any palpitations or shakiness?
P: No.
C: Your TSH came back at six point eight, which is still a little high.
P: What should it be?
C: Under about four, ideally. So your thyroid is underactive still, the dose just isn't quite enough yet.
C: We'll go up from fifty to seventy-five micrograms a day.
C: And I want you to take it with water, then wait half an hour before your coffee.
P: Half an hour, okay.
C: Let's repeat the blood test in six weeks.
P: Do I book that myself?
C: Yes, through the app, and we'll message you the result.
P: Perfect, thanks.
`,
  ),
  labelledDialogue(
    'hand-eczema',
    `
C: Hello, what can I do for you?
P: My hands are cracked and bleeding. I'm a hairdresser.
C: How long has this been going on?
P: About four months, worse in winter.
C: Do you wear gloves at work?
P: For the colours, not for washing hair.
C: Is it itchy?
P: Itchy and sore. The cracks sting with shampoo.
C: Any eczema or asthma in the family?
P: My brother has asthma.
C: Okay, hold your hands out for me.
C: Both palms are dry and thickened with fissures over the fingertips. The backs of the hands are red.
C: There's no pus or yellow crusting, so I don't see infection.
P: Is it an allergy?
C: It looks like irritant hand eczema from all the water and shampoo, though an allergy to the hair dyes is possible too.
P: Will I have to give up my job?
C: Hopefully not. We'll start a strong steroid ointment twice a day for two weeks.
C: I want you to wear gloves for every wash, and use a greasy moisturiser after each client.
C: Let's refer you for patch testing to check for a dye allergy.
P: How long does that take?
C: A few weeks usually. Come back in a month and we'll see how the skin is.
`,
  ),
  labelledDialogue(
    'chest-pain-chest-wall',
    `
C: Hi there, you've had some chest pain?
P: Yeah, on the left side. It's been scaring me.
C: When did it start?
P: Sunday. I'd been moving furniture on Saturday.
C: What's it like?
P: Sharp. Worse when I twist or take a deep breath.
C: Does it come on when you walk or climb stairs?
P: Not really, it's there all the time, but I can walk fine.
C: Any shortness of breath, sweating, or feeling sick?
P: None of that.
C: Any leg swelling or recent long flights?
P: No.
C: Okay. Let me examine your chest. I'm pressing here along your breastbone.
P: Ah, yes, that's it exactly.
C: That reproduces the pain. Heart sounds are normal, lungs clear.
C: Pulse is sixty-eight, blood pressure one twenty-two over seventy-eight, and oxygen ninety-nine percent.
C: ECG is normal as well.
P: So it's not a heart attack?
C: No, I think this is costochondritis, an inflammation where the ribs join the breastbone, likely from the lifting.
C: We'll treat it with anti-inflammatories, ibuprofen four hundred three times a day with food for a week.
C: I want you to avoid heavy lifting for a couple of weeks.
C: If you get pain with breathlessness or sweating, or it spreads to your arm, go to the emergency department.
P: Okay, that makes me feel better.
`,
  ),
  labelledDialogue(
    'copd-annual-review',
    `
C: Welcome back. This is your yearly COPD review. How's the breathing?
P: About the same. I get puffed on the stairs.
C: How many flare-ups have you had this year?
P: Two. I had the rescue pack both times.
C: Did you need hospital?
P: No, thank God.
C: Are you still smoking?
P: Down to five a day.
C: That's progress. Would you like help to stop completely?
P: Maybe. I tried patches before.
C: Can you show me how you use your inhaler?
P: Like this, puff and breathe in.
C: Okay, you're breathing in a bit before pressing. Try pressing just as you start a slow breath in.
C: Chest sounds quiet with a few wheezes. Sats are ninety-four percent at rest.
C: Your spirometry today shows an FEV1 of fifty-two percent predicted, similar to last year.
P: Is it getting worse?
C: It's stable, which is good. So this is moderate COPD, stable, but with two flare-ups a year.
C: We'll switch you to a triple inhaler, one puff once a day, which should cut down the flares.
C: Let's also refer you to pulmonary rehab, it's an exercise class for your lungs.
C: And I want you to see the stop smoking nurse; we can try varenicline this time.
P: Okay, I'll give it a go.
C: Have you had your flu jab?
P: Not yet.
C: We'll do it before you leave.
`,
  ),
  labelledDialogue(
    'diabetes-new',
    `
C: Thanks for coming back in. Your blood test results are back.
P: Is it bad news?
C: Your HbA1c is fifty-eight, and your fasting sugar was eight point two.
P: What does that mean?
C: Both are in the diabetes range. So what you've got is type 2 diabetes.
P: Oh. My mum had that.
C: It does run in families. Have you noticed being thirsty or peeing a lot?
P: Now you say it, I'm up twice at night.
C: Any blurred vision or infections that won't clear?
P: I had thrush twice this year.
C: That fits too. What do you usually eat in a day?
P: Cereal, sandwich at work, takeaway maybe three nights.
C: And exercise?
P: Not much, I drive everywhere.
C: Okay. Your weight today is ninety-eight kilos and your blood pressure is one thirty-eight over eighty-six.
C: I'm going to start you on metformin five hundred milligrams once a day with your evening meal, and we'll increase it in two weeks.
C: We'll book you onto a diabetes education course; it really helps.
C: I want you to aim for thirty minutes of walking most days.
P: Will I need injections?
C: Most people don't for a long time, especially if the weight comes down.
C: Let's also get your cholesterol and kidneys checked and refer you for eye screening.
P: That's a lot to take in.
C: It is. The nurse will go through it again with you next week.
`,
  ),
  labelledDialogue(
    'uti-older-man',
    `
C: Good afternoon. What's the trouble?
P: Burning when I pass water, and I feel hot and cold.
C: How long?
P: Three days.
C: Any trouble starting to pee, or a weak stream?
P: The stream's been weak for a year, I thought it was just age.
C: Any pain between your legs or in your back?
P: An ache down below, yes.
C: Have you had a temperature?
P: Thirty-eight last night.
C: Okay. I'd like to examine your tummy and do a prostate check, is that alright?
P: If you must.
C: Tummy is soft, bladder isn't enlarged. The prostate is enlarged and tender.
C: Temperature today is thirty-seven nine and pulse ninety-six.
C: The urine dip is positive for nitrites and blood.
P: What's going on?
C: I think this is a prostate infection, prostatitis, which is a bit more serious than a simple urine infection.
C: We'll send the urine to the lab and start ciprofloxacin twice a day for two weeks.
C: Let's check your kidneys and a PSA in a few weeks once it's settled.
C: If you can't pass water at all, or you get shivers and vomiting, go to A and E.
P: Understood. Thank you, doctor.
`,
  ),
  labelledDialogue(
    'pregnancy-booking',
    `
C: Congratulations! So you're about ten weeks?
P: Ten and two days by my dates.
C: Is this your first pregnancy?
P: Second. My son is three.
C: How was that pregnancy and birth?
P: Fine until the end, I had high blood pressure and they induced me at thirty-eight weeks.
C: Okay, that's important. Any sickness this time?
P: All day long. I can keep water down though.
C: Are you taking folic acid?
P: Yes, since I found out.
C: Do you smoke or drink?
P: Neither.
C: Any bleeding or cramping?
P: A bit of cramping last week, no bleeding.
C: Let me check your blood pressure. One twelve over seventy, good.
C: Your BMI is twenty-four and the urine is clear.
P: Will I get high blood pressure again?
C: There's a higher chance, so we'll keep a close eye on it.
C: Because of the preeclampsia last time I want you to take aspirin a hundred and fifty milligrams every night from twelve weeks.
C: We'll book your dating scan and the booking bloods today.
C: For the sickness, small frequent snacks help, and let's try cyclizine if it gets worse.
P: Is cyclizine safe for the baby?
C: Yes, it's been used in pregnancy for a long time.
C: If you can't keep fluids down for a day, call the early pregnancy unit.
P: Will do. Thanks.
`,
  ),
  labelledDialogue(
    'elderly-memory-caregiver',
    `
C: Hello both. Mr Hughes, and you're his daughter?
O: That's right, I'm Sian. I'm worried about Dad's memory.
C: What have you noticed?
O: He's repeating himself, and last week he left the gas on.
C: Mr Hughes, have you noticed any problems with your memory?
P: Not really. I'm eighty-four, everyone forgets things.
C: Of course. Do you manage your own tablets?
P: I do.
O: He doesn't, Doctor. I found a week's worth in the drawer.
C: How long has this been going on?
O: About a year, worse since the winter.
C: Has he been lost anywhere?
O: Once, driving home from the shops.
C: Is he still driving?
P: Only to the shops.
C: Mr Hughes, I'm going to ask some questions to test your memory, is that okay?
P: Go on then.
C: Can you tell me what year it is?
P: Twenty, er, twenty-twenty.
C: He scored eighteen out of thirty on the memory test, with most points lost on recall and the date.
C: His neurological exam is otherwise normal, and he's got no signs of a stroke.
O: Is it dementia?
C: It looks like a dementia, most likely Alzheimer's type, but we need tests to be sure.
C: We'll do blood tests and refer him to the memory clinic.
C: I want you to stop driving until the memory clinic has seen you, Mr Hughes.
P: I don't like that.
C: I understand. It's for your safety and everyone else's.
C: Let's get the pharmacy to put his tablets in a blister pack.
O: That would help a lot.
`,
  ),
];
