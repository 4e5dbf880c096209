/**
 * Learned word → code evidence: each ICD-10-CM code coded in at least two CodiEsp **train** reports
 * has a profile, the centroid of those reports' TF-IDF bag-of-words vectors (text-features.ts),
 * pruned to its strongest words. An encounter's similarity to a profile proposes codes the
 * title/index match misses ("coughing up blood" → R04.2) and says how typical the code's words are.
 * The training reports most similar to an encounter vote for their codes (how often reports worded
 * like this one were coded so). Built by `npm run codes:train` (code-profiles.json).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { FeatureOccurrence } from './text-features.js';
import { topScored } from './top-scored.js';

export const CODE_PROFILES_URL = new URL('./code-profiles.json', import.meta.url);

export const codeProfilesSchema = z.object({
  trainedOn: z.string(),
  documents: z.number().int().positive(),
  /** Inverse document frequency of every feature seen in at least two training reports. */
  idf: z.record(z.string(), z.number()),
  /** Code → [training reports coded with it, feature → unit-length centroid weight]. */
  codes: z.record(z.string(), z.tuple([z.number().int().positive(), z.record(z.string(), z.number())])),
  /** The same for 3-character categories: a category's words are shared by codes too rare to profile. */
  categories: z.record(z.string(), z.tuple([z.number().int().positive(), z.record(z.string(), z.number())])),
  /** Each training report: [its codes, feature → unit-length weight of its strongest words]. */
  reports: z.array(z.tuple([z.array(z.string()), z.record(z.string(), z.number())])),
});
export type CodeProfiles = z.infer<typeof codeProfilesSchema>;

type Profiles = CodeProfiles['codes'];
/** Profiles by number, and feature → the numbers and weights of the profiles that weigh it. */
interface ProfileIndex {
  codes: string[];
  byFeature: Map<string, { profile: Int32Array; weight: Float64Array }>;
}
const indexes = new WeakMap<Profiles, ProfileIndex>();

/** Feature → profiles that weigh it, built once per profile set. */
function indexOf(profiles: Profiles): ProfileIndex {
  let index = indexes.get(profiles);
  if (!index) {
    const codes = Object.keys(profiles);
    const lists = new Map<string, Array<[number, number]>>();
    codes.forEach((code, i) => {
      for (const [feature, w] of Object.entries(profiles[code]?.[1] ?? {})) {
        const list = lists.get(feature) ?? [];
        list.push([i, w]);
        lists.set(feature, list);
      }
    });
    const byFeature = new Map(
      [...lists].map(([feature, list]) => [
        feature,
        { profile: Int32Array.from(list, ([i]) => i), weight: Float64Array.from(list, ([, w]) => w) },
      ]),
    );
    index = { codes, byFeature };
    indexes.set(profiles, index);
  }
  return index;
}

const weightLists = new WeakMap<Profiles, Map<string, Array<[string, number]>>>();

/** Code → its profile's [feature, weight] pairs, built once per profile set. */
function weightsOf(profiles: Profiles): Map<string, Array<[string, number]>> {
  let byCode = weightLists.get(profiles);
  if (!byCode) {
    byCode = new Map(Object.entries(profiles).map(([code, [, weights]]) => [code, Object.entries(weights)]));
    weightLists.set(profiles, byCode);
  }
  return byCode;
}

/**
 * Cosine similarity of a unit vector to every profile sharing a feature with it, in the order the
 * profiles were first reached (sums in typed arrays: this runs over every profile set per visit).
 */
function similarities(profiles: Profiles, vector: ReadonlyMap<string, number>): Map<string, number> {
  const { codes, byFeature } = indexOf(profiles);
  const sums = new Float64Array(codes.length);
  const reached = new Uint8Array(codes.length);
  const order: number[] = [];
  for (const [feature, x] of vector) {
    const list = byFeature.get(feature);
    if (list === undefined) continue;
    const { profile, weight } = list;
    for (let k = 0; k < profile.length; k++) {
      const i = profile[k] as number;
      if (reached[i] === 0) {
        reached[i] = 1;
        order.push(i);
      }
      sums[i] = (sums[i] as number) + x * (weight[k] as number);
    }
  }
  return new Map(order.map((i) => [codes[i] as string, sums[i] as number]));
}

/**
 * The said features `code`'s profile weighs, strongest contribution (x·w) first, ties by name. Read
 * for the few codes kept, from the profile's own few words, rather than recorded for every profile
 * the encounter touches.
 */
function contributionsTo(profiles: Profiles, code: string, vector: ReadonlyMap<string, number>): string[] {
  const list: Array<[number, string]> = [];
  for (const [feature, w] of weightsOf(profiles).get(code) ?? []) {
    const x = vector.get(feature);
    if (x !== undefined) list.push([x * w, feature]);
  }
  return list.sort((a, b) => b[0] - a[0] || a[1].localeCompare(b[1])).map(([, f]) => f);
}

let cached: CodeProfiles | undefined;
/** The committed profiles, validated once. */
export function codeProfiles(): CodeProfiles {
  cached ??= codeProfilesSchema.parse(JSON.parse(readFileSync(CODE_PROFILES_URL, 'utf8')));
  return cached;
}

/** Unit-length TF-IDF vector (binary term frequency) of a document's features. */
export function tfidfVector(
  idf: Readonly<Record<string, number>>,
  features: Iterable<string>,
): Map<string, number> {
  const vector = new Map<string, number>();
  for (const f of features) {
    const weight = idf[f];
    if (weight !== undefined && weight > 0) vector.set(f, weight);
  }
  const norm = Math.sqrt([...vector.values()].reduce((s, v) => s + v * v, 0)) || 1;
  for (const [f, v] of vector) vector.set(f, v / norm);
  return vector;
}

/** Similarity of an encounter to each category profile (for codes proposed by a title match). */
export function categorySimilarities(
  model: CodeProfiles,
  features: ReadonlyMap<string, FeatureOccurrence>,
): Map<string, number> {
  return similarities(model.categories, tfidfVector(model.idf, features.keys()));
}

export interface ProfiledCode {
  code: string;
  /** Cosine similarity of the encounter to the code's profile. */
  similarity: number;
  /** Share of training reports coded with it. */
  prior: number;
  /** Cosine similarity of the encounter to the profile of the code's category (0 when none). */
  categorySimilarity: number;
  /** Share of training reports coded with its category. */
  categoryPrior: number;
  /** The said words that weigh most in the profile, strongest first. */
  evidence: FeatureOccurrence[];
  /** Every said feature the profile weighs, strongest first. */
  features: string[];
}

/** Codes whose profile shares words with the encounter, most similar first. */
export function profileMatches(
  model: CodeProfiles,
  features: ReadonlyMap<string, FeatureOccurrence>,
  limit = 30,
): ProfiledCode[] {
  return encounterProfiles(model, features, limit).matches;
}

/**
 * One profile an encounter matched. A profile's said features are read when asked for: a visit reads
 * them of the few codes it proposes, not of every profile it was compared with (hundreds per visit,
 * so a class, whose getters are shared, rather than an object literal with its own).
 */
class EncounterMatch implements ProfiledCode {
  readonly prior: number;
  readonly categoryPrior: number;
  private ranked: string[] | undefined;
  private said: FeatureOccurrence[] | undefined;

  constructor(
    private readonly model: CodeProfiles,
    private readonly occurrences: ReadonlyMap<string, FeatureOccurrence>,
    private readonly vector: ReadonlyMap<string, number>,
    readonly code: string,
    readonly similarity: number,
    readonly categorySimilarity: number,
  ) {
    this.prior = (model.codes[code]?.[0] ?? 0) / model.documents;
    this.categoryPrior = (model.categories[code.slice(0, 3)]?.[0] ?? 0) / model.documents;
  }

  get features(): string[] {
    this.ranked ??= contributionsTo(this.model.codes, this.code, this.vector);
    return this.ranked;
  }

  get evidence(): FeatureOccurrence[] {
    this.said ??= this.features.slice(0, 3).flatMap((f) => {
      const occurrence = this.occurrences.get(f);
      return occurrence ? [occurrence] : [];
    });
    return this.said;
  }
}

/** Training reports compared with an encounter for the nearest-report vote. */
export const NEIGHBOURS = 30;

/**
 * An encounter against the learned profiles, its TF-IDF vector built once: `profileMatches`,
 * `categorySimilarities` and `neighbourVotes` in one call (what code suggestion asks of each visit).
 */
export function encounterProfiles(
  model: CodeProfiles,
  features: ReadonlyMap<string, FeatureOccurrence>,
  limit = 30,
  neighbours = NEIGHBOURS,
): { matches: ProfiledCode[]; categories: Map<string, number>; votes: NeighbourVotes } {
  const vector = tfidfVector(model.idf, features.keys());
  const sums = similarities(model.codes, vector);
  const categories = similarities(model.categories, vector);
  const ranking = topScored(sums, limit, (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const matches = ranking.map(
    ([code, similarity]): ProfiledCode =>
      new EncounterMatch(model, features, vector, code, similarity, categories.get(code.slice(0, 3)) ?? 0),
  );
  return { matches, categories, votes: votesOf(model, vector, neighbours) };
}

const reportIndexes = new WeakMap<
  CodeProfiles['reports'],
  Record<string, [number, Record<string, number>]>
>();

/** The reports keyed by position, so the profile index serves them too. */
function reportsByPosition(reports: CodeProfiles['reports']) {
  let byPosition = reportIndexes.get(reports);
  if (!byPosition) {
    byPosition = Object.fromEntries(reports.map(([, weights], i) => [String(i), [1, weights]]));
    reportIndexes.set(reports, byPosition);
  }
  return byPosition;
}

export interface NeighbourVotes {
  /** Code → share of the nearest reports' squared similarity that carries the code (0–1). */
  codes: Map<string, number>;
  /** The same for 3-character categories. */
  categories: Map<string, number>;
}

/**
 * The `NEIGHBOURS` training reports most similar to an encounter (cosine of TF-IDF vectors) vote for
 * their codes and categories, each weighted by its squared similarity.
 */
export function neighbourVotes(
  model: CodeProfiles,
  features: ReadonlyMap<string, FeatureOccurrence>,
  neighbours = NEIGHBOURS,
): NeighbourVotes {
  return votesOf(model, tfidfVector(model.idf, features.keys()), neighbours);
}

function votesOf(
  model: CodeProfiles,
  vector: ReadonlyMap<string, number>,
  neighbours: number,
): NeighbourVotes {
  const byPosition = reportsByPosition(model.reports);
  const sums = similarities(byPosition, vector);
  const nearest = topScored(sums, neighbours, (a, b) => b[1] - a[1] || Number(a[0]) - Number(b[0]));
  const total = nearest.reduce((s, [, x]) => s + x * x, 0);
  const codes = new Map<string, number>();
  const categories = new Map<string, number>();
  if (total <= 0) return { codes, categories };
  for (const [position, similarity] of nearest) {
    const weight = (similarity * similarity) / total;
    const reportCodes = model.reports[Number(position)]?.[0] ?? [];
    for (const code of reportCodes) codes.set(code, (codes.get(code) ?? 0) + weight);
    for (const category of new Set(reportCodes.map((c) => c.slice(0, 3))))
      categories.set(category, (categories.get(category) ?? 0) + weight);
  }
  return { codes, categories };
}
