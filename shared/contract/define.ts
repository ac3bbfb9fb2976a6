import type { z } from 'zod';
import type { Part } from '../cases/access';
import type { ErrorCode } from '../errors';
import type { Access } from '../roles';

/**
 * What the router does with a channel's audit record. THE RULE: a read that shows a survivor's data is
 * audited, and so is every refusal.
 * - 'change': one record per successful call;
 * - 'read': one record per successful call too, for reads that show a survivor's data (every case-scoped
 *   read, every cross-case search);
 * - 'none': status, settings and staff reads that show nothing about a survivor;
 * - 'self': vault channels, which open and close the database themselves and write their own records.
 * Whatever the mode, a refusal (REFUSALS below) is written to the audit log by the router; 'change' and
 * 'read' channels also record their other failures (NOT_FOUND, CONFLICT…), VALIDATION excepted.
 * A channel with a case scope must be 'read' or 'change': the type below and test/unit/contract enforce it.
 */
export type AuditMode = 'change' | 'read' | 'none' | 'self';

/** Codes that mean "you may not", as opposed to "that input is wrong": each one is a security event. */
export const REFUSALS = ['FORBIDDEN', 'NEED_TO_KNOW', 'CONSENT_REQUIRED', 'PASSWORD_CHANGE_REQUIRED', 'ACCOUNT_INACTIVE'] as const satisfies readonly ErrorCode[];
export const isRefusal = (code: ErrorCode): boolean => (REFUSALS as readonly ErrorCode[]).includes(code);

/**
 * The records a case-scoped channel can name, and the input field that carries the id. The router resolves
 * the id to its case through a resolver registered per kind in the core (electron/core/scope/resolvers.ts),
 * so a new kind (referral, matter, session) is one line here plus one resolver there; the compiler asks for both.
 */
export const SCOPE_KEYS = {
  case: 'caseId',
  note: 'noteId',
  document: 'documentId',
  screening: 'screeningId',
  upload: 'uploadId',
  task: 'taskId',
  consent: 'consentId',
  referral: 'referralId',
  matter: 'matterId',
  legalTask: 'legalTaskId',
  session: 'sessionId',
} as const;
export type ScopeKind = keyof typeof SCOPE_KEYS;

/**
 * What the caller must hold on the resolved case, checked by the router BEFORE the service runs:
 * - a Part: that part of the case (DESIGN.md "Access", shared/cases/access.ts);
 * - a list of Parts: at least one of them (the service then shows only the ones held);
 * - 'record': the part the named record itself belongs to (a note's type, a document's legal flag);
 * - 'casework': acting on the case as its caseworker (assigned, or by break-the-glass);
 * - 'manage': managing who is on the case: an admin, or its assigned (not break-the-glass) lead caseworker;
 * - 'exists': nothing but that the case exists. Only break-the-glass, the audited way in, uses it.
 */
export type Need = Part | readonly Part[] | 'record' | 'casework' | 'manage' | 'exists';

/** Kinds whose id field the input actually has: `kind: 'note'` on an input without `noteId` does not compile. */
type KindsFor<I> = unknown extends I ? ScopeKind : { [K in ScopeKind]: (typeof SCOPE_KEYS)[K] extends keyof I ? K : never }[ScopeKind];

// Method syntax makes the parameter bivariant, so every channel's spec still fits Record<string, ChannelSpec>.
type NeedOf<I> = { of(input: I): Need }['of'];

export interface CaseScope<I = unknown> {
  kind: KindsFor<I>;
  /** A fixed need, or one that depends on the input (a note's type, a document's legal flag). */
  need: Need | NeedOf<I>;
}

/**
 * Every channel says what it touches:
 * - 'none': nothing about any survivor (vault, staff, settings, audit);
 * - 'visible': many cases at once, each filtered by the one visibility function (lists, search);
 * - 'centre': cases as records of the centre, never their content (retention; admins only);
 * - a CaseScope: one case, resolved from the id in the input, need-to-know enforced by the router.
 */
export type Scope<I = unknown> = 'none' | 'visible' | 'centre' | CaseScope<I>;

/**
 * The consent gate, declared like the scope (DESIGN.md "Consent gates sharing"). A channel that shares,
 * refers, exports, prints or discloses a survivor's information names HOW its input says what goes to whom;
 * the router resolves it through a resolver per kind (electron/core/consent/gate.ts) and refuses with
 * CONSENT_REQUIRED, naming the missing categories, unless an active consent AND (for agencies outside the
 * centre) an active partner agreement cover that agency and every category at this instant, and a
 * cross-border transfer has its legal basis recorded. The service never runs otherwise.
 * - 'referral.create': a new referral to a service (caseId, serviceId, categories);
 * - 'referral.share': categories added to an existing referral (referralId, categories);
 * - 'referral.packet': the packet of an existing referral, for its categories (referralId);
 * - 'disclosure': a law-enforcement disclosure; only its 'consent' basis is consent-gated, an order or an
 *   exigency is recorded with its reference instead.
 * test/unit/consent/gated-channels.test.ts finds every channel whose name says it shares and demands this.
 */
export const SHARE_KINDS = ['referral.create', 'referral.share', 'referral.packet', 'disclosure'] as const;
export type ShareKind = (typeof SHARE_KINDS)[number];

interface BaseSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  access: Access;
  summary: string;
  shares?: ShareKind;
}

// The unparameterised ChannelSpec (Record<string, ChannelSpec>) must accept every channel's scope.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ParsedOf<I extends z.ZodType> = z.ZodType extends I ? any : z.output<I>;

/** A case-scoped channel shows or changes a survivor's data, so its audit mode cannot be 'none'. */
export type ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = BaseSpec<I, O> &
  (
    | { scope: CaseScope<ParsedOf<I>>; audit: 'read' | 'change' }
    | { scope: 'none' | 'centre'; audit: AuditMode }
    | { scope: 'visible'; audit: 'read' | 'change' }
  );

export const isCaseScope = <S>(s: S): s is Extract<S, object> => typeof s === 'object' && s !== null;

export function channel<I extends z.ZodType, O extends z.ZodType>(spec: ChannelSpec<I, O>): ChannelSpec<I, O> {
  return spec;
}
