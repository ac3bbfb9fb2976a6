import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { caseAccess } from './access';
import { casesAssign } from './assignment';
import { headerOf } from './file';
import { getCaseRow, getContact, setContact, touchCase } from './queries';

/**
 * Assignment plus, for a mentor, the name or initials to use when making contact: a mentor cannot see the
 * profile (legal name) and would otherwise know their mentee only by case number. The name fills the
 * contact's "name to use" only when none is known yet, so it never overwrites what the caseworker wrote.
 */
export function casesAssignWithContactName(ctx: Ctx, input: ParsedInputOf<'cases.assign'>): OutputOf<'cases.assign'> {
  const header = casesAssign(ctx, input);
  if (input.contactName === undefined) return header;
  if (input.caseRole !== 'mentor') fail('VALIDATION', 'A contact name is given only when assigning a mentor.', { fields: { contactName: 'mentor only' } });
  // Writing the contact needs the contact part: an admin who manages assignment never sees it.
  if (!caseAccess(ctx, input.caseId).parts.has('contact')) fail('NEED_TO_KNOW');
  const contact = getContact(ctx.db, input.caseId);
  if (contact.preferredName.trim() !== '') {
    ctx.note(`case:${input.caseId}`, { contactName: 'kept' });
    return header;
  }
  const row = getCaseRow(ctx.db, input.caseId)!;
  // Same IMMEDIATE transaction as the read above, so this version is current: the bump makes an open
  // contact form elsewhere see a CONFLICT instead of overwriting the new name.
  touchCase(ctx.db, input.caseId, row.version, ctx.nowIso);
  setContact(ctx.db, input.caseId, { ...contact, preferredName: input.contactName });
  ctx.note(`case:${input.caseId}`, { contactName: 'set' });
  return headerOf(ctx.db, getCaseRow(ctx.db, input.caseId)!);
}
