import { z } from 'zod';
import { idSchema, versionSchema } from '../schemas';
import { text, visibleLength } from '../text';
import {
  AGENCY_RELATIONS,
  AGREEMENT_STATUSES,
  CONSENT_DECISIONS,
  CONSENT_METHODS,
  CONSENT_STATUSES,
  COUNTRIES,
  CROSS_BORDER_BASES,
  DISCLOSURE_BASES,
  IMMIGRATION_KINDS,
  REFERRAL_DIRECTIONS,
  REFERRAL_OUTCOMES,
  REFERRAL_STATUSES,
  SERVICE_TYPES,
  SHARE_CATEGORIES,
  URGENCIES,
} from './vocab';

/** Years an instant may fall in once in UTC. Stored instants are compared as text, which orders time only while
 * the year has exactly four digits (toISOString writes year 10000 as '+010000-…' and year 0 as '0000', year −1 as
 * '-000001'); and nothing this centre records (a consent, an agreement, a referral) predates 1900, so an earlier
 * year is a typing slip. */
export const INSTANT_MIN_YEAR = 1900;
export const INSTANT_MAX_YEAR = 9999;

/**
 * An instant with its offset (ISO 8601), normalised to UTC 'YYYY-MM-DDTHH:mm:ss.sssZ' so that every stored instant
 * compares by text as it does in time. Consents, agreements and follow-ups are compared by the millisecond. The
 * one schema for every instant of the referral and consent contract.
 */
export const instantSchema = z.iso
  .datetime({ offset: true })
  .transform((s) => new Date(s).toISOString())
  .refine((s) => /^\d{4}-/.test(s) && +s.slice(0, 4) >= INSTANT_MIN_YEAR && +s.slice(0, 4) <= INSTANT_MAX_YEAR, `A date between the years ${INSTANT_MIN_YEAR} and ${INSTANT_MAX_YEAR} (UTC).`);
const line = (max: number) => text().trim().max(max);
const required = (max: number) => text().trim().max(max).refine((s) => visibleLength(s) >= 1, 'Write something.');
/** Free text that records who or what a legal basis rests on: counted in characters a reader can see, so
 * zero-width or blank-only input is refused. A person's name needs at least two. */
export const visibleText = (min: number, max: number) =>
  text().trim().max(max).refine((s) => visibleLength(s) >= min, min === 1 ? 'Write something.' : `At least ${min} visible characters.`);
export const personName = (max: number) => visibleText(2, max);
const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max).refine((xs) => new Set(xs).size === xs.length, 'Each value once.');

export const countrySchema = z.enum(COUNTRIES);
export const serviceTypeSchema = z.enum(SERVICE_TYPES);
export const shareCategorySchema = z.enum(SHARE_CATEGORIES);
export const categoriesSchema = uniqueList(shareCategorySchema, SHARE_CATEGORIES.length);
/** Language codes (BCP 47, e.g. en, fr-CA, es, tl). */
const languagesSchema = uniqueList(text().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/), 20);

export const serviceSchema = z.object({
  id: idSchema,
  agencyId: idSchema,
  type: serviceTypeSchema,
  name: z.string(),
  immigrationKinds: z.array(z.enum(IMMIGRATION_KINDS)),
  description: z.string(),
  capacityNote: z.string(),
  archived: z.boolean(),
  version: versionSchema,
});
export type Service = z.infer<typeof serviceSchema>;

export const agencySchema = z.object({
  id: idSchema,
  name: z.string(),
  relation: z.enum(AGENCY_RELATIONS),
  country: countrySchema,
  /** Province or state code (ON, QC, BC, NY, WA...). */
  region: z.string(),
  address: z.string(),
  hours: z.string(),
  languages: z.array(z.string()),
  eligibility: z.string(),
  /** How to reach the agency safely (a secure email, a named intake line): never a survivor's detail. */
  secureContact: z.string(),
  /** Police, prosecutors, border agencies: a disclosure to them is a recorded decision, never a referral default. */
  lawEnforcement: z.boolean(),
  archived: z.boolean(),
  version: versionSchema,
  services: z.array(serviceSchema),
});
export type Agency = z.infer<typeof agencySchema>;

export const agencyInputSchema = z.strictObject({
  id: idSchema.optional(),
  version: versionSchema.optional(),
  name: required(160),
  relation: z.enum(AGENCY_RELATIONS),
  country: countrySchema,
  region: line(40).default(''),
  address: line(300).default(''),
  hours: line(200).default(''),
  languages: languagesSchema.default([]),
  eligibility: line(1000).default(''),
  secureContact: line(300).default(''),
  lawEnforcement: z.boolean().default(false),
  archived: z.boolean().default(false),
});

export const serviceInputSchema = z.strictObject({
  id: idSchema.optional(),
  version: versionSchema.optional(),
  agencyId: idSchema,
  type: serviceTypeSchema,
  name: required(160),
  immigrationKinds: uniqueList(z.enum(IMMIGRATION_KINDS), IMMIGRATION_KINDS.length).default([]),
  description: line(1000).default(''),
  capacityNote: line(300).default(''),
  archived: z.boolean().default(false),
});

export const agreementSchema = z.object({
  id: idSchema,
  agencyId: idSchema,
  agencyName: z.string(),
  parties: z.string(),
  effectiveFrom: z.string(),
  endsAt: z.string(),
  categories: z.array(shareCategorySchema),
  purpose: z.string(),
  /** Where the signed agreement is kept (a filing reference): agreements are centre records, not case records. */
  documentRef: z.string(),
  status: z.enum(AGREEMENT_STATUSES),
  version: versionSchema,
});
export type Agreement = z.infer<typeof agreementSchema>;

export const agreementInputSchema = z.strictObject({
  id: idSchema.optional(),
  version: versionSchema.optional(),
  agencyId: idSchema,
  parties: required(300),
  effectiveFrom: instantSchema,
  endsAt: instantSchema,
  categories: categoriesSchema.min(1),
  purpose: required(500),
  documentRef: line(200).default(''),
});

export const consentSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  agencyId: idSchema,
  agencyName: z.string(),
  agencyCountry: countrySchema,
  decision: z.enum(CONSENT_DECISIONS),
  categories: z.array(shareCategorySchema),
  purpose: z.string(),
  startsAt: z.string(),
  expiresAt: z.string().nullable(),
  method: z.enum(CONSENT_METHODS),
  witnessName: z.string().nullable(),
  /** The signed form, an encrypted document of the same case. */
  documentId: idSchema.nullable(),
  /** The language the form was read or given in (en, fr-CA, es). */
  language: z.string(),
  crossBorderBasis: z.enum(CROSS_BORDER_BASES).nullable(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
  status: z.enum(CONSENT_STATUSES),
  version: versionSchema,
});
export type Consent = z.infer<typeof consentSchema>;

export const consentInputSchema = z.discriminatedUnion('decision', [
  z.strictObject({
    caseId: idSchema,
    agencyId: idSchema,
    decision: z.literal('given'),
    categories: categoriesSchema.min(1),
    purpose: required(500),
    startsAt: instantSchema,
    expiresAt: instantSchema,
    method: z.enum(CONSENT_METHODS),
    witnessName: personName(80).optional(),
    documentId: idSchema.optional(),
    language: z.enum(['en', 'fr-CA', 'es']).default('en'),
    crossBorderBasis: z.enum(CROSS_BORDER_BASES).optional(),
  }),
  // Declining is an answer like any other: recorded, and it never blocks a service.
  z.strictObject({
    caseId: idSchema,
    agencyId: idSchema,
    decision: z.literal('declined'),
    method: z.enum(CONSENT_METHODS),
    witnessName: personName(80).optional(),
    language: z.enum(['en', 'fr-CA', 'es']).default('en'),
  }),
]);

export const referralStepSchema = z.object({
  status: z.enum(REFERRAL_STATUSES),
  at: z.string(),
  by: z.string(),
  appointmentAt: z.string().nullable(),
  outcome: z.enum(REFERRAL_OUTCOMES).nullable(),
  /** Categories added to the referral at this step (a share), empty otherwise. */
  shared: z.array(shareCategorySchema),
});

export const referralSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  caseNumber: z.string(),
  direction: z.enum(REFERRAL_DIRECTIONS),
  agencyId: idSchema,
  agencyName: z.string(),
  serviceId: idSchema.nullable(),
  serviceName: z.string().nullable(),
  serviceType: serviceTypeSchema.nullable(),
  urgency: z.enum(URGENCIES),
  reason: z.string(),
  categories: z.array(shareCategorySchema),
  consentId: idSchema.nullable(),
  status: z.enum(REFERRAL_STATUSES),
  outcome: z.enum(REFERRAL_OUTCOMES).nullable(),
  appointmentAt: z.string().nullable(),
  ownerId: idSchema.nullable(),
  ownerName: z.string().nullable(),
  followUpAt: z.string().nullable(),
  packetProducedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: versionSchema,
});
export type Referral = z.infer<typeof referralSchema>;
export const referralDetailSchema = referralSchema.extend({ steps: z.array(referralStepSchema) });

export const referralReason = required(1000);

export const packetSchema = z.object({
  referralId: idSchema,
  caseNumber: z.string(),
  agencyName: z.string(),
  serviceName: z.string().nullable(),
  urgency: z.enum(URGENCIES),
  reason: z.string(),
  consent: z.object({ id: idSchema, expiresAt: z.string(), categories: z.array(shareCategorySchema) }),
  /** One section per shared category, in SHARE_CATEGORIES order; only categories the consent covers. */
  sections: z.array(z.object({ category: shareCategorySchema, fields: z.array(z.object({ key: z.string(), value: z.string() })) })),
  producedAt: z.string().nullable(),
  generatedAt: z.string(),
});
export type Packet = z.infer<typeof packetSchema>;

export const disclosureSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  agencyId: idSchema,
  agencyName: z.string(),
  recipientName: z.string(),
  categories: z.array(shareCategorySchema),
  basis: z.enum(DISCLOSURE_BASES),
  consentId: idSchema.nullable(),
  orderReference: z.string().nullable(),
  exigentReason: z.string().nullable(),
  disclosedAt: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

export const todayItemSchema = z.object({
  /** The provider that produced it: 'referral.follow_up', 'consent.expiring', 'agreement.expiring', 'task.due'... */
  kind: z.string(),
  /** When it is due or expires; items are sorted by it. */
  at: z.string(),
  overdue: z.boolean(),
  caseId: idSchema.nullable(),
  caseNumber: z.string().nullable(),
  ref: z.object({ type: z.string(), id: idSchema }),
  /** Codes and short names for the label (agency, status, task kind); never narrative. */
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});
export type TodayItem = z.infer<typeof todayItemSchema>;
