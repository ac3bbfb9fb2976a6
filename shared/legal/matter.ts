import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from '../schemas';
import { reasonSchema, text } from '../text';
import { isoDateSchema } from './dates';
import { BASE_TYPES, DERIVATIVE_OF, TYPE_JURISDICTIONS, matterJurisdictionSchema, matterStatusSchema, matterTypeSchema } from './vocab';

/**
 * A staff override: the date printed on the actual notice wins over the computed one (DOMAIN.md), and who
 * entered it and why is kept. `key` is the deadline key the engine emits (see engine/emit.ts).
 */
export const deadlineOverrideSchema = z
  .object({
    key: text().min(1).max(120),
    date: isoDateSchema,
    by: idSchema,
    reason: reasonSchema(3, 500),
    noticeRef: text().trim().max(80).nullable().default(null),
    recordedAt: isoDateTimeSchema,
  })
  .strict();
export type DeadlineOverride = z.infer<typeof deadlineOverrideSchema>;

/** Court dates one proceeding may hold: the engine's facts are bounded, so the core refuses the one past it. */
export const MAX_COURT_DATES = 200;

export const courtDateSchema = z
  .object({
    key: text().min(1).max(40), // the core's row id as text, or a draft key while previewing
    date: isoDateSchema,
    accompany: z.boolean().default(false),
  })
  .strict();

/**
 * The facts of a matter the deadline engine reads. The core's matter row (receipt and notice numbers, the
 * law-enforcement contact, charges, outcome...) extends this; the engine needs nothing else.
 * Field meanings: filedOn = the form was filed (for a bona fide determination: the I-914's filing);
 * approvedOn = approved / granted / issued; admittedOn = admission in T-1, T-2.., U-1.. status;
 * signedOn = the Supplement B certification's signature.
 */
export const matterFactsSchema = z
  .object({
    id: idSchema,
    type: matterTypeSchema,
    jurisdiction: matterJurisdictionSchema,
    status: matterStatusSchema,
    principalMatterId: idSchema.nullable().default(null),
    baseMatterId: idSchema.nullable().default(null),
    filedOn: isoDateSchema.nullable().default(null),
    approvedOn: isoDateSchema.nullable().default(null),
    admittedOn: isoDateSchema.nullable().default(null),
    signedOn: isoDateSchema.nullable().default(null),
    eadCategory: z.string().regex(/^[ac]\d{1,2}$/, 'An EAD category like c40 or a16.').nullable().default(null),
    courtDates: z.array(courtDateSchema).max(MAX_COURT_DATES).default([]),
    overrides: z.array(deadlineOverrideSchema).max(500).default([]),
    /** Rule versions this matter was computed under (rule id -> version): kept until staff adopt a new one. */
    ruleVersions: z.record(z.string(), z.number().int().positive()).default({}),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (!TYPE_JURISDICTIONS[m.type].includes(m.jurisdiction))
      ctx.addIssue({ code: 'custom', path: ['jurisdiction'], message: `A ${m.type} matter is not filed in ${m.jurisdiction}.` });
    if (DERIVATIVE_OF[m.type] && m.principalMatterId === null)
      ctx.addIssue({ code: 'custom', path: ['principalMatterId'], message: 'A derivative is linked to its principal.' });
    if (!DERIVATIVE_OF[m.type] && m.principalMatterId !== null)
      ctx.addIssue({ code: 'custom', path: ['principalMatterId'], message: 'Only a derivative has a principal.' });
    if (!BASE_TYPES[m.type] && m.baseMatterId !== null)
      ctx.addIssue({ code: 'custom', path: ['baseMatterId'], message: 'This kind of matter does not belong to another.' });
    if (m.courtDates.length > 0 && !m.type.startsWith('proceeding_'))
      ctx.addIssue({ code: 'custom', path: ['courtDates'], message: 'Only proceedings have court dates.' });
    if (new Set(m.courtDates.map((c) => c.key)).size !== m.courtDates.length)
      ctx.addIssue({ code: 'custom', path: ['courtDates'], message: 'Each court date once.' });
  });
export type MatterFacts = z.infer<typeof matterFactsSchema>;
/** What callers write: defaults may be left out. */
export type MatterFactsInput = z.input<typeof matterFactsSchema>;
