import { type LabelledDialogue, labelledDialogue } from './labelled-dialogue.js';

/**
 * The REPORT half of our own labelled visits: written before any tuning and only ever scored
 * (npm run eval:roles), never trained on or read for errors while choosing features.
 */
export const OWN_REPORT_DIALOGUES: readonly LabelledDialogue[] = [
  labelledDialogue(
    'knee-sprain',
    `
C: Hey, come on in, grab a seat. So what did you do to yourself?
P: Basketball on Thursday. I went up for a rebound and came down funny on my right knee.
C: Did you hear a pop?
P: Kind of, yeah. Like a snap.
C: And could you keep playing?
P: No way. I sat out the rest of the game.
C: Swelling?
P: Loads, by the next morning it was like a balloon.
C: Okay. Does it lock or give way on you?
P: It feels wobbly going down stairs.
C: Alright, let me have a look. Lie back for me.
C: So there's a moderate effusion here. I'm pressing along the inside of the joint, that sore?
P: Ow, yes, right there.
C: And the outside?
P: Not really.
C: Good. Lachman is a bit lax compared with the other side, and the McMurray is negative.
P: Is that bad? Did I tear something?
C: So what you've got is most likely a sprain of the medial collateral ligament, and I can't rule out a partial ACL tear.
P: Oh man. Will I need surgery?
C: Probably not, but we'll get an MRI to be sure.
C: In the meantime I want you to use crutches and the hinged brace, and ice it a few times a day.
C: Let's get you in with physio next week too.
P: Can I still go to the gym for my arms?
C: Upper body is fine, just no running or jumping until we've seen the scan.
P: Got it, thanks.
`,
  ),
  labelledDialogue(
    'heart-failure-review',
    `
C: Morning Mr Okafor, how have the last few weeks treated you?
P: Up and down, doc. My ankles were fat again by Friday.
C: Are you still weighing yourself?
P: Most days. I was up about four pounds.
C: And the breathing, can you lie flat?
P: I've gone back to two pillows.
C: Any waking up gasping at night?
P: Once last week.
C: Are you taking the spironolactone?
P: I stopped that one, it made me run to the toilet all morning.
C: Okay, that's useful to know. What about salt, have you been eating out much?
P: My daughter had a birthday, so lots of takeaway, I'll be honest.
C: Fair enough. Let me listen to you.
C: Heart rate's regular, about eighty-eight. There are a few crackles at the bases, both sides.
C: Your ankles have pitting up to mid shin, and your weight today is ninety-six kilos.
P: Is my heart getting worse?
C: I think this is a mild flare of your heart failure, mostly from the salt and stopping the spironolactone.
C: We'll bump the furosemide to forty twice a day for five days, then back to once daily.
C: I'd like you to restart the spironolactone but take it at lunchtime instead.
C: And let's check your kidney function and potassium on Monday.
P: Monday's fine. Do I still see the heart nurse?
C: Yes, she'll call you Wednesday.
P: Right you are.
`,
  ),
  labelledDialogue(
    'paediatric-wheeze',
    `
C: Hi both of you. What's going on with Maya?
O: She's been wheezing since Sunday, and last night she was coughing so hard she threw up.
C: Poor thing. How old is she now?
O: Six in March.
C: Maya, does your chest feel tight?
P: A bit.
C: Does it hurt when you breathe?
P: No.
C: Has she used her blue inhaler?
O: Every four hours since yesterday, with the spacer.
C: And does it help?
O: For an hour or two, then she's back to wheezing.
C: Any fever?
O: Thirty-eight point one on Sunday, nothing since.
C: Okay, Maya, I'm going to listen with my stethoscope. Big breaths for me.
C: She's got wheeze on both sides, no crackles. Oxygen is ninety-six percent. She's using her tummy muscles a little.
O: Is it an asthma attack?
C: Yes, looks like a moderate asthma flare, probably set off by a cold.
C: We'll give her a course of prednisolone, once a day for three days.
C: Keep up the blue inhaler, up to every four hours, and I want you to start her brown preventer inhaler again twice a day.
O: She hates the brown one.
C: I know, rinsing her mouth after helps with the taste.
C: If she can't talk in full sentences or the inhaler lasts less than two hours, bring her straight to the emergency department.
O: Okay. Can she go to school?
C: Once she's sleeping through without coughing, yes.
`,
  ),
  labelledDialogue(
    'anxiety-panic',
    `
C: So tell me what's been happening.
P: I keep getting these episodes where my heart races and I feel like I can't breathe.
C: How often?
P: Three or four times a week now. One happened on the train and I had to get off.
C: That sounds frightening. How long do they last?
P: Ten minutes, maybe. Then I'm wiped out.
C: Do you get chest pain or tingling with them?
P: Pins and needles in my hands. I honestly thought I was having a heart attack the first time.
C: And in between, do you worry a lot?
P: All the time. About work, my mum, whether it will happen again.
C: How's your sleep?
P: Rubbish. I lie there thinking.
C: Any alcohol or caffeine?
P: Four coffees a day, I suppose. A glass of wine most nights.
C: Have you ever felt so low you thought about harming yourself?
P: No, nothing like that.
C: Okay. Your pulse is seventy-six and regular and your blood pressure is one eighteen over seventy-four. Your heart sounds normal.
P: So it's not my heart?
C: No, I think these are panic attacks on a background of generalised anxiety.
P: That's kind of a relief, weirdly.
C: We'll refer you for CBT, and I'd like you to cut the coffee down to one in the morning.
C: If you want something alongside, sertraline is a good option; let's talk about it again in two weeks.
P: I'd rather try the therapy first.
C: That's completely reasonable.
`,
  ),
  labelledDialogue(
    'telehealth-blood-pressure',
    `
C: Can you see me okay? The picture froze for a second.
P: Yep, you're back now.
C: Great. So this is your check-in after we started the amlodipine. How's it going?
P: Fine mostly. My ankles puff up a little in the evening.
C: Have you been doing your home readings?
P: Twice a day. They've mostly been around one thirty-five over eighty-five.
C: Any headaches or dizziness when you stand up?
P: No.
C: Are you still doing the walking?
P: Three times a week with my neighbour.
C: Love that. Can you hold your feet up to the camera for me?
C: There's mild swelling around both ankles, no redness that I can see.
P: Is that from the pill?
C: Yeah, the ankle swelling is a common side effect of amlodipine, and your blood pressure is better but still a touch above target.
C: We'll keep the amlodipine at five and add a low dose of lisinopril, which tends to help the swelling too.
C: I want you to get a kidney blood test about ten days after starting it.
P: Do I have to come in for that?
C: Just the lab, no appointment needed.
C: Let's do another video visit in a month with your readings.
P: Sounds good. Thanks so much.
`,
  ),
  labelledDialogue(
    'eczema-flexures',
    `
C: What can I help with today?
P: My skin. The inside of my elbows and behind my knees are driving me mad.
C: How long has it been like this?
P: Since the heating came on in October.
C: Did you have eczema as a kid?
P: Apparently, yeah. And hay fever.
C: What have you tried?
P: The hydrocortisone from the chemist, but it barely touches it.
C: Is it keeping you awake?
P: I scratch in my sleep and wake up with blood on the sheets.
C: Oof. Can I take a look at your arms?
C: So there are red, thickened patches in both elbow creases with scratch marks and some weeping on the left.
C: Behind the knees it's drier and scaly but not infected.
P: Is it catching?
C: No, not at all. What you've got is atopic eczema, flaring, and the left elbow might have a bit of infection on top.
P: What can I do about it?
C: We'll step you up to a stronger steroid, mometasone, once a day for two weeks on the red patches.
C: I want you to use a thick emollient every time you wash, and swap the shower gel for a soap substitute.
C: Let's also do a swab of the weepy bit, and if it grows staph I'll send you some antibiotics.
P: How much cream do I use?
C: About a fingertip's worth for a patch the size of two hands.
P: Okay, that's helpful.
`,
  ),
  labelledDialogue(
    'chest-pain-exertional',
    `
C: Hi, I'm Dr Lindqvist. What's been bothering you?
P: I've been getting a tight feeling in my chest when I walk up the hill to the bus.
C: When did that start?
P: About three weeks ago.
C: Does it go anywhere, your arm, your jaw?
P: Sometimes into my left shoulder.
C: What makes it go away?
P: If I stop and stand for a couple of minutes it eases off.
C: Have you had it at rest, or at night?
P: No, only when I'm walking.
C: Do you smoke?
P: Twenty a day for thirty years. I'm trying to cut down.
C: Any family history of heart problems?
P: My dad had a bypass at fifty-five.
C: Okay. Let me check a few things. Pulse is regular at seventy-two, blood pressure one fifty-two over ninety.
C: Heart sounds are normal, chest is clear, and there's no swelling in your legs.
C: The ECG we did in the room looks normal today.
P: So it's nothing then?
C: Not quite. I'm worried this is angina, chest pain from narrowed heart arteries, even with a normal ECG.
C: I'm going to refer you to the rapid access chest pain clinic this week.
C: We'll start you on aspirin seventy-five a day and a statin, and I'll give you a GTN spray to use under your tongue if the pain comes on.
C: If the pain lasts more than fifteen minutes or comes on at rest, call an ambulance.
P: Right. Should I stop walking?
C: Keep walking on the flat, just don't push through the pain.
`,
  ),
  labelledDialogue(
    'copd-flare',
    `
C: You don't sound great today. What's going on?
P: My chest. I've been more breathless all week.
C: More than your usual?
P: A lot more. I can't get to the bathroom without stopping.
C: Are you coughing anything up?
P: Thick stuff. Green.
C: How long's it been green?
P: Since Tuesday.
C: Fevers?
P: I felt shivery one night.
C: How many puffs of the blue inhaler are you using?
P: Every couple of hours.
C: Alright, I'm going to have a listen. Lean forward for me.
C: There's wheeze all over with reduced air entry at the bottom on the right.
C: Sats are ninety-one on air, resp rate twenty-four, temperature thirty-seven eight.
P: Am I going to hospital?
C: I don't think you need to today. So this is a flare-up of your COPD, probably from a chest infection.
C: We'll start prednisolone thirty milligrams for five days and amoxicillin for five days.
C: Let's get a chest x-ray this afternoon to make sure there's no pneumonia.
C: I want you to use the nebuliser at home four times a day until it settles.
P: What if it gets worse overnight?
C: If you're too breathless to talk or your lips go blue, ring nine nine nine.
C: I'll phone you on Thursday to see how you're doing.
P: Okay, doctor.
`,
  ),
  labelledDialogue(
    'diabetes-review',
    `
C: Come on in. So this is your six-month diabetes check. How are things?
P: Okay, I think. I've been better with the sugar in my tea.
C: Good for you. Any problems with the metformin?
P: It upset my stomach at first but that's settled.
C: Are you checking your feet?
P: My wife does, I can't bend that far.
C: Any numbness or burning in the feet?
P: A bit of tingling in the toes at night.
C: How about your eyes, have you had your screening?
P: Missed it. I'll rebook.
C: Okay. Your HbA1c came back at sixty-four, which is up from fifty-eight.
P: Oh. I thought I was doing well.
C: You've made good changes, it just takes time. Let's have a look at those feet.
C: Pulses are present in both feet. Sensation with the monofilament is reduced over the left big toe.
C: No ulcers or calluses, skin is in good shape.
P: Is the tingling from the diabetes?
C: I think so, it looks like early nerve damage from the sugars, and your diabetes isn't at target yet.
C: We'll add in a second tablet, empagliflozin, once in the morning.
C: I want you to drink plenty and keep the genitals clean, because it can cause thrush.
C: Let's get you booked with the podiatrist and rebook the eye screening before you leave.
P: Will I have to go on insulin?
C: Not at the moment. We'll recheck the HbA1c in three months.
`,
  ),
  labelledDialogue(
    'uti-young-woman',
    `
C: Hi, what's brought you in?
P: I think I've got a water infection.
C: Okay, what are you noticing?
P: It stings when I wee and I'm going every half hour.
C: Since when?
P: Yesterday morning.
C: Any blood?
P: It looked a bit pink this morning.
C: Any pain in your back or sides?
P: No, just low down in my tummy.
C: Fevers or shakes?
P: No.
C: Any chance you could be pregnant?
P: No, I'm on the pill.
C: Any unusual discharge?
P: Nope.
C: Okay. Your temperature is normal, and your tummy is a bit tender just above the pubic bone but the kidneys aren't tender.
C: The urine dip shows leukocytes and nitrites.
P: So is it an infection?
C: Yep, this is a simple bladder infection, cystitis.
C: We'll do three days of nitrofurantoin, twice a day with food.
C: Drink plenty of water, and paracetamol is fine for the discomfort.
C: If you get a fever, back pain or you're being sick, come back the same day.
P: Can I still go to work?
C: Of course, as long as you feel up to it.
P: Great, thank you.
`,
  ),
  labelledDialogue(
    'pregnancy-28-weeks',
    `
C: Hello again! Twenty-eight weeks today, how are you feeling?
P: Big! Mostly good though. The heartburn is awful at night.
C: That's really common at this stage. Is the baby moving a lot?
P: All the time, especially when I lie down.
C: Good. Any headaches, blurry vision, or swelling in your face or hands?
P: My rings are a bit tight, but no headaches.
C: Any bleeding or fluid leaking?
P: No.
C: Have you had any tightenings?
P: A few, but they go away if I sit down.
C: Those sound like practice contractions. Let me check your blood pressure. One sixteen over seventy, that's lovely.
C: Urine has no protein. I'm just going to measure your bump.
C: Fundal height is twenty-eight centimetres, right on track.
C: And let's have a listen to baby. There's the heartbeat, about a hundred and forty.
P: Oh, that's nice to hear.
C: So everything looks like a healthy pregnancy, and the heartburn is just reflux from baby pushing up.
P: Can I take anything for it?
C: Gaviscon is fine in pregnancy. I want you to try smaller meals and not eating for two hours before bed.
C: Today we'll also do your glucose test and the anti-D injection, since your blood group is negative.
P: Is the anti-D the one in my arm?
C: Yes, a quick jab in the upper arm.
C: We'll see you again at thirty-one weeks.
`,
  ),
  labelledDialogue(
    'elderly-falls-caregiver',
    `
C: Hello Mrs Patel, and you must be her son?
O: Yes, I'm Raj. I've come because Mum fell twice this month.
C: Thanks for coming in. Mrs Patel, can you tell me about the falls?
P: I just went down. In the kitchen.
C: Did you feel dizzy before?
P: Maybe a little.
O: The second time she was on the floor for an hour before the neighbour found her.
C: Did you hit your head?
P: No.
O: She had a bruise on her hip though.
C: Has anything changed with her tablets?
O: The hospital added doxazosin for her blood pressure about six weeks ago.
C: That's helpful. Mrs Patel, do you get lightheaded when you stand up?
P: Sometimes, yes.
C: Let's check your blood pressure lying and then standing.
C: Lying it's one forty over eighty, and standing it drops to one ten over sixty-five. She feels woozy when she stands.
C: Her left hip moves fully without pain, and she's a bit unsteady when she turns around.
O: Is it the new tablet?
C: I think so. What she's got is postural hypotension, most likely from the doxazosin.
C: We'll stop the doxazosin today and recheck her blood pressure in a week.
C: I want you to get up slowly, sit on the edge of the bed first, and drink plenty.
C: Let's refer her to the falls team for a home safety check and some balance exercises.
O: Can she get one of those alarm pendants?
C: Yes, the falls team can set that up too.
P: I don't want a fuss.
C: I know, but it means someone comes quickly if you do fall.
`,
  ),
];
