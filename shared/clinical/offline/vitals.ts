/** A vital sign read from a sentence whose numbers are already digits (see normalizeNumbers). */
export interface VitalSign {
  kind: 'blood-pressure' | 'heart-rate' | 'temperature' | 'oxygen-saturation' | 'respiratory-rate' | 'weight';
  value: string;
  unit: string;
}

const LABELS: Record<VitalSign['kind'], string> = {
  'blood-pressure': 'BP',
  'heart-rate': 'HR',
  temperature: 'Temp',
  'oxygen-saturation': 'SpO2',
  'respiratory-rate': 'RR',
  weight: 'Weight',
};

// Each pattern: the name as spoken, a few filler words, then the value. Plausibility ranges keep
// "heart rate went up 2 times" from becoming HR 2.
const PATTERNS: Array<{ kind: VitalSign['kind']; re: RegExp; unit: string; min: number; max: number }> = [
  {
    kind: 'blood-pressure',
    re: /\b(?:blood pressure|bp|pressure)\b(?:\s+[a-z']+){0,5}?\s+(\d{2,3}\/\d{2,3})\b/,
    unit: 'mmHg',
    min: 0,
    max: 0,
  },
  {
    kind: 'heart-rate',
    re: /\b(?:heart rate|pulse(?!\s*ox)|hr)\b(?:\s+[a-z']+){0,4}?\s+(\d{2,3})\b/,
    unit: 'bpm',
    min: 25,
    max: 250,
  },
  {
    kind: 'temperature',
    // The unit only when it was said: 37.9 is Celsius, 99.5 Fahrenheit, but a note states what was heard.
    re: /\b(?:temperature|temp|fever)\b(?:\s+[a-z']+){0,4}?\s+(\d{2,3}(?:\.\d)?)(?:\s*(?:degrees?\s*|°\s*)?(celsius|centigrade|fahrenheit|c|f)\b)?/,
    unit: '',
    min: 34,
    max: 110,
  },
  {
    kind: 'oxygen-saturation',
    re: /\b(?:oxygen saturation|o2 sat(?:uration)?|sats?|saturation|spo2|pulse ox(?:imetry)?|oxygen)\b(?:\s+[a-z']+){0,4}?\s+(\d{2,3})%?/,
    unit: '%',
    min: 50,
    max: 100,
  },
  {
    kind: 'respiratory-rate',
    re: /\b(?:respiratory rate|respirations|rr|breathing rate)\b(?:\s+[a-z']+){0,4}?\s+(\d{1,2})\b/,
    unit: '/min',
    min: 6,
    max: 60,
  },
  {
    kind: 'weight',
    // A change is no weight ("weight is up 4 kilos", "weight went down by 5 pounds").
    re: /\b(?:weight|weigh|weighs|weighed)\b(?:\s+(?!(?:up|down|gained|lost|by|more|less|dropped|increased|decreased|went|change[ds]?)\b)[a-z']+){0,4}?\s+(\d{2,3}(?:\.\d)?)\s*(pounds?|lbs?|kgs?|kilos?|kilograms?)\b/,
    unit: '',
    min: 2,
    max: 700,
  },
];

/** Vital signs with units found in one sentence. */
export function extractVitals(normalizedText: string): VitalSign[] {
  const text = normalizedText.toLowerCase();
  const found: VitalSign[] = [];
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    const value = m?.[1];
    if (!m || !value) continue;
    if (p.kind !== 'blood-pressure') {
      const n = Number(value);
      if (!(n >= p.min && n <= p.max)) continue;
    }
    const unit =
      p.kind === 'weight'
        ? m[2]?.startsWith('k')
          ? 'kg'
          : 'lb'
        : p.kind === 'temperature'
          ? temperatureUnit(m[2])
          : p.unit;
    found.push({ kind: p.kind, value, unit });
  }
  return found;
}

function temperatureUnit(said: string | undefined): string {
  if (!said) return '';
  return said.startsWith('f') ? '°F' : '°C';
}

/** "BP 120/80 mmHg, HR 72 bpm, Temp 38.6 °C" (a temperature without a spoken unit has none) */
export function formatVitals(vitals: readonly VitalSign[]): string {
  return vitals
    .map((v) => `${LABELS[v.kind]} ${v.value}${v.unit === '%' ? '%' : v.unit ? ` ${v.unit}` : ''}`)
    .join(', ');
}
