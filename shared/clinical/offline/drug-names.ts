// Common outpatient drugs (generic and brand names) so medications are recognised where the ICD-10-CM
// Table of Drugs is not available (browser). Lowercase.
const COMMON_DRUGS = `acetaminophen tylenol ibuprofen advil motrin naproxen aleve aspirin celecoxib celebrex meloxicam
diclofenac voltaren ketorolac toradol tramadol oxycodone hydrocodone norco percocet morphine codeine gabapentin
neurontin pregabalin lyrica cyclobenzaprine flexeril methocarbamol baclofen tizanidine lidocaine lisinopril
losartan valsartan olmesartan irbesartan amlodipine norvasc nifedipine diltiazem verapamil metoprolol toprol
lopressor atenolol carvedilol coreg propranolol hydrochlorothiazide hctz chlorthalidone furosemide lasix
torsemide bumetanide spironolactone eplerenone clonidine hydralazine entresto digoxin amiodarone apixaban eliquis
rivaroxaban xarelto warfarin coumadin heparin enoxaparin lovenox clopidogrel plavix atorvastatin lipitor
rosuvastatin crestor simvastatin pravastatin ezetimibe metformin glucophage glipizide glyburide glimepiride
insulin lantus humalog novolog levemir basaglar tresiba jardiance empagliflozin farxiga dapagliflozin invokana
januvia sitagliptin ozempic semaglutide trulicity dulaglutide victoza liraglutide mounjaro tirzepatide
levothyroxine synthroid methimazole omeprazole prilosec pantoprazole protonix esomeprazole nexium lansoprazole
famotidine pepcid ranitidine zantac sucralfate ondansetron zofran metoclopramide reglan promethazine phenergan
miralax polyethylene docusate colace senna bisacodyl loperamide imodium dicyclomine mesalamine prednisone
prednisolone methylprednisolone medrol dexamethasone hydrocortisone triamcinolone kenalog albuterol proair
ventolin symbicort advair fluticasone flonase budesonide montelukast singulair tiotropium spiriva cetirizine
zyrtec loratadine claritin fexofenadine allegra benadryl diphenhydramine amoxicillin augmentin azithromycin
zithromax z-pack doxycycline cephalexin keflex ciprofloxacin cipro levofloxacin nitrofurantoin macrobid bactrim
sulfamethoxazole trimethoprim clindamycin metronidazole flagyl penicillin vancomycin ceftriaxone rocephin
fluconazole diflucan valacyclovir valtrex acyclovir oseltamivir tamiflu paxlovid sertraline zoloft fluoxetine
prozac citalopram celexa escitalopram lexapro paroxetine paxil venlafaxine effexor duloxetine cymbalta
bupropion wellbutrin mirtazapine remeron trazodone buspirone alprazolam xanax lorazepam ativan clonazepam
klonopin diazepam valium zolpidem ambien quetiapine seroquel aripiprazole abilify olanzapine risperidone lithium
lamotrigine lamictal levetiracetam keppra topiramate topamax valproate depakote carbamazepine phenytoin
sumatriptan imitrex rizatriptan amitriptyline nortriptyline methotrexate hydroxychloroquine plaquenil
allopurinol colchicine febuxostat humira adalimumab enbrel etanercept tamsulosin flomax finasteride oxybutynin
sildenafil viagra tadalafil cialis estradiol progesterone medroxyprogesterone depo-provera testosterone
alendronate fosamax calcium vitamin ferrous iron folic magnesium potassium b12 mupirocin bacitracin neosporin
hydroxyzine clobetasol tretinoin epipen epinephrine nitroglycerin ranolazine isosorbide naloxone narcan
buprenorphine suboxone methadone nicotine chantix varenicline adderall methylphenidate ritalin donepezil
memantine carbidopa levodopa ropinirole pramipexole`;

export const builtinDrugNames: ReadonlySet<string> = new Set(COMMON_DRUGS.split(/\s+/).filter(Boolean));

// Entries of the Table of Drugs and Chemicals that are everyday words in a consultation, not medicines.
const NOT_MEDICATIONS = new Set(
  'alcohol coffee tea water oxygen air food salt sugar latex silver gold lead gas smoke tobacco soap paint dust ice heat cold milk fish plant bee snake stress medicine drug diet nail glue bleach beer wine juice fruit gasoline oil fat rum vinegar chocolate cocoa meat carbon sodium chloride cleaner detergent coal caffeine blood liver thyroid ovarian white black cardiac tablets tablet spray speed letter insect inhibitor immune relaxant pancreatic alpha beta plant fiber hormone steroid glucose cigarettes cigarette albumin adrenal adjunct shampoo sodium bone kidney heart lung skin muscle brain serum vaccine antacid vitamin smoke solvent cream lotion powder green yellow brown orange purple sleeping paper metal glass rubber plastic spider scorpion venom fungus mushroom grass flower wood cotton peanut'.split(
    ' ',
  ),
);

/**
 * Drug names from the flattened ICD-10-CM Table of Drugs (tsv with a header; first column is the
 * substance, qualifiers in parentheses or after " - "). Keeps single- and two-word names that are
 * medicines rather than everyday words.
 */
export function parseDrugTable(tsv: string): Set<string> {
  const names = new Set<string>();
  const lines = tsv.split(/\r?\n/);
  for (const line of lines.slice(1)) {
    const substance = line.split('\t')[0] ?? '';
    const base = substance.split(/\s+\(|\s+-\s+|,/)[0]?.trim() ?? '';
    // All-caps entries are abbreviations (BAL, APC) that collide with ordinary words.
    if (base.length < 5 || base === base.toUpperCase()) continue;
    const lower = base.toLowerCase();
    if (lower.split(' ').length > 2 || NOT_MEDICATIONS.has(lower) || !/^[a-z][a-z0-9 -]+$/.test(lower))
      continue;
    names.add(lower);
  }
  return names;
}
