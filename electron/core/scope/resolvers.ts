import { documentPart, notePart, type Part } from '../../../shared/cases/access';
import type { ScopeKind } from '../../../shared/contract/define';
import { getTask } from '../cases/queries';
import { uploadOf } from '../documents/uploads';
import { getDocument } from '../documents/queries';
import { fail } from '../errors';
import { getNote } from '../notes/queries';
import type { Ctx } from '../runtime';
import { getScreening } from '../screening/queries';
import { consentRow } from '../consent/queries';
import { referralRow } from '../referrals/queries';
import { matterCase, taskCase } from '../legal/queries';
import { resolveSession } from '../sessions/scope';

/** The case a record belongs to, and the part of the case the record itself is (null: the case as a whole). */
export interface Target {
  caseId: number;
  part: Part | null;
}

/**
 * One resolver per scope kind (shared/contract/define.ts SCOPE_KEYS): id in the input -> its case.
 * The mapped type makes a new kind (referral, matter, session) a compile error here until it has one.
 * A missing record is NOT_FOUND; the router checks need-to-know on the case it returns.
 */
export const RESOLVERS: { [K in ScopeKind]: (ctx: Ctx, id: never) => Target } = {
  case: (_ctx, id: number) => ({ caseId: id, part: null }),
  note: (ctx, id: number) => {
    const n = getNote(ctx.db, id) ?? fail('NOT_FOUND');
    return { caseId: n.case_id, part: notePart(n.type) };
  },
  document: (ctx, id: number) => {
    const d = getDocument(ctx.db, id) ?? fail('NOT_FOUND');
    return { caseId: d.case_id, part: documentPart(d.legal === 1) };
  },
  screening: (ctx, id: number) => ({ caseId: (getScreening(ctx.db, id) ?? fail('NOT_FOUND')).case_id, part: 'screening' }),
  upload: (ctx, id: string) => {
    const u = uploadOf(ctx, id);
    return { caseId: u.meta.caseId, part: documentPart(u.meta.legal) };
  },
  task: (ctx, id: number) => ({ caseId: (getTask(ctx.db, id) ?? fail('NOT_FOUND')).case_id, part: null }),
  consent: (ctx, id: number) => ({ caseId: (consentRow(ctx.db, id) ?? fail('NOT_FOUND')).case_id, part: 'consents' }),
  referral: (ctx, id: number) => {
    const r = referralRow(ctx.db, id) ?? fail('NOT_FOUND');
    return { caseId: r.case_id, part: r.part };
  },
  // Legal matters and their tasks are all 'legal' (8 U.S.C. 1367): legal aides on the case only.
  matter: (ctx, id: number) => ({ caseId: matterCase(ctx.db, id) ?? fail('NOT_FOUND'), part: 'legal' }),
  legalTask: (ctx, id: number) => ({ caseId: taskCase(ctx.db, id) ?? fail('NOT_FOUND'), part: 'legal' }),
  session: (ctx, id: number) => resolveSession(ctx, id),
};
