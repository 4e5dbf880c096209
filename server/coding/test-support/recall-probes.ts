/**
 * Short visits in our own words (no ACI-Bench or MTS sentence), most of them as one microphone's
 * speech recognition writes them: lower case, no punctuation, figures as words, split or run-together
 * words. Each names the code a coder would assign; the engine should rank it in its top 10.
 * Used by recall-probes.test.ts (test subset) and test/eval/codes/recall-probes.ts (full release).
 */
export interface RecallProbe {
  name: string;
  visit: string;
  /** The ICD-10-CM code, without its dot. */
  expected: string;
}

export const RECALL_PROBES: readonly RecallProbe[] = [
  {
    name: 'diabetes asked after in follow-up form',
    visit: `hi good to see you again
how's the diabetes doing
pretty good i've been taking the metformin every morning
great so we'll keep the same dose and recheck your a one c in three months`,
    expected: 'E119',
  },
  {
    name: 'type two diabetes with the number as a word',
    visit: `so you were diagnosed with type two diabetes about five years ago
yes and i check my numbers most mornings
okay your numbers look good so we'll continue what you're doing`,
    expected: 'E119',
  },
  {
    name: 'blood pressure addressed in follow-up form',
    visit: `how has your blood pressure been at home
it's been running about one thirty over eighty on the lisinopril
good that is well controlled so keep the lisinopril at twenty milligrams`,
    expected: 'I10',
  },
  {
    name: 'hypertension split by the recogniser',
    visit: `she has a history of hyper tension and she takes amlodipine for it
we'll continue the amlodipine and see her back in six months`,
    expected: 'I10',
  },
  {
    name: 'atrial fibrillation said as a-fib',
    visit: `my a fib has been acting up again i can feel my heart fluttering at night
okay we'll increase the metoprolol and keep you on the eliquis`,
    expected: 'I4891',
  },
  {
    name: 'atrial fibrillation run together as afib',
    visit: `for your afib you're staying on the apixaban twice a day
and your rate looks well controlled today`,
    expected: 'I4891',
  },
  {
    name: 'reflux in follow-up form',
    visit: `how's the reflux been since we started the omeprazole
much better i barely get the heartburn anymore
great let's keep you on it for another two months`,
    expected: 'K219',
  },
  {
    name: 'acid reflux said by the patient',
    visit: `i get this acid reflux almost every night after dinner it burns up into my throat
okay we'll start famotidine at bedtime and avoid eating late`,
    expected: 'K219',
  },
  {
    name: 'copd spelt out letter by letter',
    visit: `he has c o p d and uses his inhaler twice a day
his breathing is about the same as last visit so we'll keep the tiotropium`,
    expected: 'J449',
  },
  {
    name: 'asthma acting up in a child',
    visit: `mom says his asthma has been acting up since the weather changed
he's using the albuterol two or three times a day
we'll add a daily steroid inhaler and see him in two weeks`,
    expected: 'J45909',
  },
  {
    name: 'depression in follow-up form on a named drug',
    visit: `how's your mood been on the sertraline
honestly the depression is a lot better i'm sleeping and eating again
good we'll stay at fifty milligrams`,
    expected: 'F32A',
  },
  {
    name: 'anxiety said in follow-up form over telehealth',
    visit: `can you hear me okay yes
so how's the anxiety been with the buspirone
it's better i still get worked up before work but not as bad
okay we'll continue the buspirone and i'll see you on video next month`,
    expected: 'F419',
  },
  {
    name: 'high cholesterol said in lay words',
    visit: `your cholesterol came back high again the ldl was one ninety
so i'd like to start you on atorvastatin tonight`,
    expected: 'E7800',
  },
  {
    name: 'underactive thyroid split by the recogniser',
    visit: `i have an under active thyroid and i take my pill every morning
your tsh is normal so we'll keep the same dose`,
    expected: 'E039',
  },
  {
    name: 'migraines in the plural',
    visit: `she gets migraines about twice a month with flashing lights before them
we'll start sumatriptan to take when one begins`,
    expected: 'G43909',
  },

  {
    name: 'knee pain with the side said in an earlier sentence',
    visit: `it's my right knee
it's been hurting for about three weeks worse going down stairs
okay on exam there's no swelling and the ligaments are stable
let's try physical therapy for the knee pain`,
    expected: 'M25561',
  },
  {
    name: 'ankle sprain with the side said before',
    visit: `i rolled my left ankle playing basketball on saturday
it swelled right up
okay the x ray shows no fracture so this is a sprain
we'll do a brace ice and elevation`,
    expected: 'S93402A',
  },
  {
    name: 'heart failure in follow-up form',
    visit: `how's the heart failure been any more swelling
no the swelling is down since you upped the furosemide
good your weight is stable so we'll keep the same dose`,
    expected: 'I509',
  },
  {
    name: 'child ear infection with the side said',
    visit: `he's been pulling at his right ear and running a fever since yesterday
on exam the right ear drum is red and bulging
so he has an ear infection and we'll start amoxicillin`,
    expected: 'H6691',
  },
  {
    name: 'sugars without the word diabetes, on insulin',
    visit: `your sugars have been running high in the morning
i'm taking twenty units of the lantus at night
okay let's go up to twenty four units`,
    expected: 'E1165',
  },
  {
    name: 'sleep apnea asked after through its machine',
    visit: `are you still using your c pap machine every night for the sleep apnea
yes most nights
good keep using it`,
    expected: 'G4730',
  },
  {
    name: 'gout flare in follow-up form',
    visit: `the gout flared up in my big toe again last week
okay we'll start allopurinol once this flare settles and use colchicine for now`,
    expected: 'M109',
  },
  {
    name: 'vitamin d deficiency said with a lower case d',
    visit: `your vitamin d level was low at fourteen
so we'll start vitamin d supplements fifty thousand units once a week`,
    expected: 'E559',
  },
  {
    name: 'osteoarthritis split by the recogniser',
    visit: `the osteo arthritis in both of my hands is worse in the cold
we'll try the diclofenac gel and some hand exercises`,
    expected: 'M19041',
  },
];
