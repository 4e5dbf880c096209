import { describe, expect, it } from 'vitest';
import { getBuiltinTemplate } from '../templates/index.js';
import { withSyntheticTimes } from '../transcript/timing.js';
import type { Speaker } from '../transcript.js';
import { draftOffline } from './index.js';
import { loadOfflineResources } from './node-resources.js';

const resources = loadOfflineResources();
const soap = getBuiltinTemplate('soap');
type Line = [Exclude<Speaker, 'unknown' | 'other'>, string];

/**
 * Visits in our own words where the clinician tells the diagnosis, reads a measurement or gives a
 * dose in a sentence after the medicine: each drafted as recorded with speakers (telehealth, or
 * corrected by the clinician), as one microphone delivers it (every speaker `unknown`), and as speech
 * recognition writes it (unknown speakers, no punctuation, lower case).
 */
const VISITS: Record<string, Line[]> = {
  heartFailure: [
    ['clinician', 'How have things been since I saw you in March?'],
    ['patient', 'Not great, my ankles are puffy by the evening and I get winded on the stairs.'],
    ['clinician', 'Your weight today is 92 kilos, up from 88 last month.'],
    ['clinician', 'Your sats are 93 percent on room air.'],
    ['clinician', 'Your heart failure has gotten worse, you are carrying extra fluid.'],
    ['clinician', 'We will increase the furosemide to 80 mg daily.'],
  ],
  paediatricEar: [
    ['patient', 'He has been pulling at his right ear since Sunday and he is not sleeping.'],
    ['clinician', 'His right eardrum is red and bulging, it looks like an ear infection.'],
    ['clinician', 'We will do amoxicillin, it is weight based.'],
    ['patient', 'Okay.'],
    ['clinician', 'He is 12 kilos so that is 480 mg twice a day for 7 days.'],
    ['clinician', 'Bring him back if he is still got a fever in three days.'],
  ],
  sciatica: [
    ['patient', 'The pain shoots from my buttock down the back of my leg to my foot.'],
    ['clinician', 'This is what we call sciatica, the nerve is being pinched in your lower back.'],
    ['clinician', "Let's do naproxen 500 mg twice a day with food."],
  ],
  eczema: [
    ['patient', 'The patches on my elbows are itchy again and they crack and bleed.'],
    ['clinician', "I'm fairly sure this is a flare of your eczema."],
    ['clinician', "We'll go with triamcinolone cream twice a day for two weeks."],
  ],
  depression: [
    ['patient', 'I have not been sleeping and I feel low most days.'],
    ['clinician', 'I think your depression has gotten worse since we lowered the dose.'],
    ['clinician', "We'll go back up on the sertraline."],
    ['clinician', 'So 100 mg once a day.'],
  ],
  telehealthHypertension: [
    ['clinician', 'Thanks for sending in your home readings before the video call.'],
    ['patient', 'They were mostly around 150 over 95 in the mornings.'],
    ['clinician', "So your blood pressure's been running high, that's hypertension and we need to treat it."],
    ['clinician', "Let's start lisinopril 10 mg once a day."],
  ],
  sinusitis: [
    ['patient', 'My cheeks ache and I have had thick green discharge for ten days.'],
    ['clinician', 'It looks like a sinus infection.'],
    ['clinician', 'We will do amoxicillin.'],
    ['clinician', 'Five hundred milligrams three times a day for ten days.'],
  ],
  telehealthRash: [
    ['clinician', 'I can see on the video that the rash is back on both shins.'],
    ['clinician', 'Should we try the prednisolone again?'],
    ['patient', 'Yes please, it worked last time.'],
    ['clinician', '40 mg once a day for 5 days.'],
    ['clinician', 'What dose of metformin are you on at the moment?'],
    ['patient', '500 mg twice a day.'],
  ],
};

type Condition = 'labelled' | 'unlabelled' | 'asr';
const CONDITIONS: Condition[] = ['labelled', 'unlabelled', 'asr'];

function draft(name: keyof typeof VISITS, condition: Condition) {
  const lines = VISITS[name] ?? [];
  const segments = withSyntheticTimes(
    lines.map(([speaker, text]) => ({
      speaker: condition === 'labelled' ? speaker : ('unknown' as const),
      // Speech recognition: no sentence punctuation, lower case (a decimal point would stay).
      text: condition === 'asr' ? text.replace(/[,?!]|\.(?!\d)/g, '').toLowerCase() : text,
    })),
  );
  const content = draftOffline(segments, soap, resources).content;
  return (id: string) =>
    (content.sections.find((s) => s.id === id)?.sentences ?? [])
      .filter((s) => !s.heading)
      .map((s) => s.text)
      .join(' ');
}

describe.each(CONDITIONS)('the diagnosis told as conversation is the assessment (%s)', (condition) => {
  it('worsening heart failure, the weight and saturation read out (heart failure)', () => {
    const text = draft('heartFailure', condition);
    expect(text('assessment')).toMatch(/heart failure has gotten worse/i);
    expect(text('objective')).toMatch(/Weight 92 kg/);
    expect(text('objective')).toMatch(/SpO2 93%/);
    expect(text('subjective')).not.toMatch(/heart failure has gotten worse|92 kilos|93/);
    expect(text('subjective')).not.toMatch(/^Not great|\bnot great\b/i);
    expect(text('subjective')).toMatch(/ankles are puffy/);
  });

  it('the weight-based dose joined to its antibiotic (paediatric)', () => {
    const text = draft('paediatricEar', condition);
    expect(text('assessment')).toMatch(/ear infection/);
    expect(text('plan')).toMatch(/Amoxicillin 480 mg twice a day for 7 days \(weight based\)\./);
    expect(text('plan')).not.toMatch(/We will do/i);
    expect(text('subjective')).not.toMatch(/480 mg/);
    expect(text('plan')).toMatch(/if he still has a fever/);
  });

  it('"what we call sciatica" names the problem, and "let\'s do" the drug is started (MSK)', () => {
    const text = draft('sciatica', condition);
    expect(text('assessment')).toMatch(/sciatica/);
    expect(text('plan')).toMatch(/^Start naproxen 500 mg twice a day with food\./);
    expect(text('subjective')).not.toMatch(/sciatica/);
  });

  it('a hedged flare is the assessment, "we\'ll go with" the cream the plan (dermatology)', () => {
    const text = draft('eczema', condition);
    expect(text('assessment')).toMatch(/flare of their eczema/);
    expect(text('plan')).toMatch(/Start triamcinolone cream twice a day for 2 weeks\./);
    expect(text('subjective')).not.toMatch(/triamcinolone|eczema/);
  });

  it('worse depression is the assessment and the dose goes with the change (mental health)', () => {
    const text = draft('depression', condition);
    expect(text('assessment')).toMatch(/depression has gotten worse/i);
    expect(text('plan')).toMatch(/Increase sertraline to 100 mg once a day\./);
    expect(text('subjective')).not.toMatch(/100 mg|depression has gotten worse/);
  });

  it('"that\'s hypertension" said after the readings is the assessment, not a vital sign (telehealth)', () => {
    const text = draft('telehealthHypertension', condition);
    expect(text('assessment')).toMatch(/hypertension/i);
    expect(text('objective')).not.toMatch(/hypertension/i);
    expect(text('plan')).toMatch(/lisinopril 10 mg once a day/);
  });

  it('a dose said after offering a medicine is its plan; the dose of a medicine asked about is what the patient takes (telehealth)', () => {
    const text = draft('telehealthRash', condition);
    expect(text('plan')).toMatch(/Prednisolone 40 mg once a day for 5 days\./);
    expect(text('plan')).not.toMatch(/Metformin 500/i);
    expect(text('subjective')).toMatch(/Taking metformin 500 mg twice a day\./);
    expect(text('subjective')).not.toMatch(/40 mg/);
  });

  it('a dose said in the next turn is the plan of the antibiotic just chosen (sinusitis)', () => {
    const text = draft('sinusitis', condition);
    expect(text('assessment')).toMatch(/sinus infection/);
    expect(text('plan')).toMatch(/Amoxicillin 500 mg 3 times a day for 10 days\./);
    expect(text('subjective')).not.toMatch(/500 mg/);
  });
});
