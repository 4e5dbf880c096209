import { type Token, tokenize } from './tokens.js';

// Symptoms and diagnoses common in primary care and specialty follow-up. "variant=canonical" maps
// lay or plural wording to the term the code suggester searches for.
const TERMS = `chest pain|chest pains=chest pain|chest discomfort|chest tightness|chest pressure|shortness of breath|short of breath=shortness of breath
dyspnea|wheezing|cough|coughing=cough|sputum|fever|fevers=fever|chills|night sweats|fatigue|tired=fatigue|weakness
dizziness|dizzy=dizziness|lightheaded=lightheadedness|lightheadedness|syncope|fainting=syncope|passed out=syncope
palpitations|headache|headaches=headache|migraine|migraines=migraine|nausea|vomiting|diarrhea|constipation
abdominal pain|stomach pain=abdominal pain|belly pain=abdominal pain|bloating|heartburn|reflux|acid reflux=gastroesophageal reflux
gerd=gastroesophageal reflux|blood in stool=blood in stool|rectal bleeding|melena|hematochezia|weight loss|weight gain
loss of appetite|dysuria|burning with urination=dysuria|urinary frequency|hematuria|blood in urine=hematuria
back pain|low back pain|lower back pain=low back pain|neck pain|knee pain|hip pain|shoulder pain|wrist pain|ankle pain
foot pain|hand pain|elbow pain|joint pain|joint pains=joint pain|muscle aches=myalgia|myalgia|swelling|edema
leg swelling|swelling in legs=leg swelling|numbness|tingling|rash|itching|itchy=itching|hives|sore throat|congestion
nasal congestion|runny nose=rhinorrhea|sneezing|ear pain|blurry vision|blurred vision|vision changes|insomnia
trouble sleeping=insomnia|anxiety|depression|depressed=depression|suicidal ideation|panic attacks|stress
hypertension|high blood pressure=hypertension|hypotension|low blood pressure=hypotension|diabetes|type 2 diabetes
type 1 diabetes|diabetes mellitus=diabetes|prediabetes|hyperlipidemia|high cholesterol=hyperlipidemia|cholesterol
congestive heart failure=congestive heart failure|heart failure|chf=congestive heart failure|atrial fibrillation|afib=atrial fibrillation
coronary artery disease|cad=coronary artery disease|heart attack=myocardial infarction|myocardial infarction|stroke
asthma|copd=chronic obstructive pulmonary disease|chronic obstructive pulmonary disease|emphysema|bronchitis
pneumonia|sleep apnea|obstructive sleep apnea|hypothyroidism|hyperthyroidism|thyroid nodule|obesity|osteoporosis
osteoarthritis|arthritis|rheumatoid arthritis|gout|lupus|fibromyalgia|kidney stone|kidney stones=kidney stone
kidney disease|chronic kidney disease|ckd=chronic kidney disease|kidney transplant|renal failure|urinary tract infection
uti=urinary tract infection|bladder infection=urinary tract infection|prostate|benign prostatic hyperplasia|bph=benign prostatic hyperplasia
anemia|cancer|breast cancer|lung cancer|prostate cancer|colon cancer|skin cancer|melanoma|lymphoma|leukemia
cirrhosis|hepatitis|pancreatitis|gallstones|cholecystitis|diverticulitis|irritable bowel syndrome|ibs=irritable bowel syndrome
crohn's disease|ulcerative colitis|hemorrhoids|hernia|appendicitis|sinusitis|sinus infection=sinusitis|otitis media
ear infection=otitis media|middle ear infection=otitis media|common cold|viral infection|upper respiratory infection|uri=upper respiratory infection|strep throat|covid|covid-19=covid|influenza|flu=influenza|cellulitis|abscess|eczema
psoriasis|acne|dermatitis|contact dermatitis|wound|laceration|fracture|sprain|strain|tendonitis|tendinitis=tendonitis
bursitis|carpal tunnel syndrome|carpal tunnel=carpal tunnel syndrome|sciatica|radiculopathy|herniated disc|meniscus tear
acl tear|rotator cuff tear|plantar fasciitis|concussion|seizure|seizures=seizure|epilepsy|neuropathy|dementia
parkinson's disease|multiple sclerosis|bipolar disorder|schizophrenia|adhd|alcohol use|smoking|tobacco use
allergies|seasonal allergies|allergic rhinitis|hay fever=allergic rhinitis|murmur|heart murmur=murmur|tenderness|effusion|bruising|pain`;

export interface LexiconEntry {
  tokens: string[];
  normalized: string;
}

/** The lexicon keyed by first token, longest entries first so "chest pain" wins over "pain". */
export interface ProblemLexicon {
  byFirstToken: Map<string, LexiconEntry[]>;
}

export function buildProblemLexicon(source = TERMS): ProblemLexicon {
  const byFirstToken = new Map<string, LexiconEntry[]>();
  for (const item of source.split(/[|\n]/)) {
    const [term = '', canonical] = item.trim().split('=');
    if (!term) continue;
    const tokens = tokenize(term).map((t) => t.lower);
    const entry = { tokens, normalized: (canonical ?? term).trim() };
    const list = byFirstToken.get(tokens[0] ?? '') ?? [];
    list.push(entry);
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    byFirstToken.set(tokens[0] ?? '', list);
  }
  return { byFirstToken };
}

/** A lexicon match as token indices [start, end). */
export interface ProblemMatch {
  start: number;
  end: number;
  normalized: string;
}

// A word after a disease name that makes it the name of a vaccine.
const VACCINE_WORD = /^(?:shots?|vaccines?|vaccinations?|vaccinated|immuni[sz]ations?|jabs?|boosters?)$/;

/** Longest non-overlapping problem terms in a token list (a vaccine's disease name is not one). */
export function findProblems(tokens: readonly Token[], lexicon: ProblemLexicon): ProblemMatch[] {
  const matches: ProblemMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const entries = lexicon.byFirstToken.get(tokens[i]?.lower ?? '') ?? [];
    const hit = entries.find((e) => e.tokens.every((t, k) => tokens[i + k]?.lower === t));
    if (hit) {
      // "flu shot", "covid booster", "shingles vaccine": the vaccine, not the disease.
      if (!VACCINE_WORD.test(tokens[i + hit.tokens.length]?.lower ?? ''))
        matches.push({ start: i, end: i + hit.tokens.length, normalized: hit.normalized });
      i += hit.tokens.length;
    } else {
      i++;
    }
  }
  return matches;
}
