import { z } from 'zod';

export const SCREENING_ANSWERS = ['yes', 'no', 'unknown', 'declined'] as const;
export type ScreeningAnswer = (typeof SCREENING_ANSWERS)[number];
export const BANDS = ['none', 'possible', 'likely'] as const;
export type Band = (typeof BANDS)[number];

const localized = z.strictObject({ en: z.string().min(1), 'fr-CA': z.string().min(1), es: z.string().min(1) });
export type Localized = z.infer<typeof localized>;

/**
 * A screening instrument as data: versioned, cited, with weights and result bands. Question wording is
 * OUR paraphrase of each instrument's topic, never the copyrighted text; `why` is shown to staff beside
 * every sensitive question so they can explain why it is asked (or skip it).
 */
export const instrumentSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  version: z.number().int().positive(),
  name: localized,
  source: z.strictObject({ citation: z.string(), url: z.string().url() }),
  population: z.enum(['adult', 'youth', 'any']),
  jurisdiction: z.enum(['US', 'CA', 'any']),
  /** Why the thresholds are what they are (validated cut-off, or a centre default to review). */
  scoringNote: localized,
  /** Lowest score at which each band starts; 'none' is implicit below the first. */
  bands: z.strictObject({ possible: z.number().int().positive(), likely: z.number().int().positive() }),
  questions: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9_]+$/),
        text: localized,
        why: localized.optional(),
        sensitive: z.boolean(),
        weight: z.number().int().min(0).max(10),
      }),
    )
    .min(1),
});
export type Instrument = z.infer<typeof instrumentSchema>;

export function defineInstrument(i: Instrument): Instrument {
  const parsed = instrumentSchema.parse(i);
  if (parsed.questions.some((q) => q.sensitive && !q.why)) throw new Error(`${i.id}: every sensitive question says why it is asked`);
  if (new Set(parsed.questions.map((q) => q.id)).size !== parsed.questions.length) throw new Error(`${i.id}: duplicate question id`);
  return parsed;
}
