import { z } from 'zod';
import { jurisdictionSchema } from '../../schemas';
import { isoDateSchema, termSchema } from '../dates';
import { CONFIDENCES } from '../vocab';

/**
 * One version of one deadline rule, as data: the durations live here, not in the engine, so a change in the
 * law is a new version with its own effective date and source, and matters computed under the old one keep it.
 * `effectiveFromStated: false` marks rules whose source gives no start date: they hold from RULES_EPOCH.
 */
export const RULES_EPOCH = '1900-01-01';

/** Which fact of a matter picks the version in force (the latest one effective on that date). */
export const RULE_ANCHORS = ['approvedOn', 'filedOn', 'admittedOn', 'signedOn', 'renewalFiledOn', 'today'] as const;

export const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_]+$/),
    version: z.number().int().positive(),
    jurisdiction: jurisdictionSchema,
    effectiveFrom: isoDateSchema,
    effectiveFromStated: z.boolean(),
    anchor: z.enum(RULE_ANCHORS),
    source: z.string().min(3),
    confidence: z.enum(CONFIDENCES),
    /** What the rule computes, in a sentence a legal aide can check against the source. */
    computes: z.string().min(3),
    params: z
      .object({
        term: termSchema.optional(), // the validity or waiting period the rule states
        maxTerm: termSchema.optional(), // an upper bound (IRPR s.63: 3 years)
        windowDays: z.number().int().positive().optional(), // a filing window before a date (EAD: 180)
        autoExtensionWhilePending: z.boolean().optional(),
        eadCategory: z.string().optional(),
      })
      .strict(),
  })
  .strict();
export type Rule = z.infer<typeof ruleSchema>;
export type RuleTable = readonly Rule[];
