import { z } from 'zod';

/**
 * Where an encounter took place: it decides which ICD-10-CM Official Guidelines the engine applies.
 * - `outpatient` (section IV; office, clinic and telehealth visits, which is what the product records):
 *   an uncertain diagnosis ("probable", "rule out") is coded as its symptoms (IV.H), and symptoms are
 *   coded only while no diagnosis explains them (IV.D), so those integral to a confirmed diagnosis go.
 * - `inpatient` (sections II.H and III.C; hospital stays and the case reports written from them): an
 *   uncertain diagnosis is coded as if it were established, and symptoms stay beside the diagnosis, as
 *   the CodiEsp coders coded their case reports. (The general guideline I.B.5 would still leave out
 *   signs routinely associated with a disease; the engine does not apply it to this setting.) An
 *   unspecified code stays beside a specified sibling and a short phrase's code beside a longer one's,
 *   as alternatives for the coder (their coders often kept the one the engine would drop); the list
 *   is ranked category first and recalibrated (category-ranking.ts), and where a problem was said in a
 *   conversation adds nothing to a case report's confidence.
 * Every caller passes the encounter's real setting; there is no default.
 */
export const codingSettingSchema = z.enum(['outpatient', 'inpatient']);
export type CodingSetting = z.infer<typeof codingSettingSchema>;
