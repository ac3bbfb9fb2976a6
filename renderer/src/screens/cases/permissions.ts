import type { CaseFile } from '../../../../shared/cases/schemas';
import type { Session } from '../../../../shared/schemas';

/**
 * What the UI offers, mirroring the contract's access lists and the core's need-to-know rules. The core
 * enforces all of it; this only avoids showing buttons that would be refused.
 */
export const canStartIntake = (s: Session) => s.roles.includes('caseworker');
export const canSearchNotes = (s: Session) => s.roles.some((r) => r === 'caseworker' || r === 'mentor' || r === 'legal_aide');
export const canFilterByAssignee = (s: Session) => s.roles.some((r) => r === 'admin' || r === 'caseworker');

/** Acts on the case as a caseworker (assigned, or through break-the-glass). */
export const actsAsCaseworker = (f: CaseFile) => f.myCaseRoles.some((r) => r === 'lead_caseworker' || r === 'caseworker');

/** Admins manage assignment on any case; a lead caseworker on their own case (not through break-the-glass). */
export const canManageAssignments = (f: CaseFile, s: Session) => s.roles.includes('admin') || (f.myCaseRoles.includes('lead_caseworker') && !f.breakGlass);

export const canWriteContact = (f: CaseFile, s: Session) => f.parts.includes('contact') && s.roles.some((r) => r === 'caseworker' || r === 'mentor' || r === 'legal_aide');
