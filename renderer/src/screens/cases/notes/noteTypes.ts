import { notePart, type Part } from '../../../../../shared/cases/access';
import { NOTE_TYPES } from '../../../../../shared/cases/vocab';
import type { Session } from '../../../../../shared/schemas';
import type { NoteType } from '../vocab';

/** Note types this person may read on the case: one part per type (a mentor never sees legal notes). */
export function readableTypes(parts: readonly Part[]): NoteType[] {
  return NOTE_TYPES.filter((t) => parts.includes(notePart(t)));
}

/** Types they may write: the same parts, for the roles that write notes at all (not admins). */
export function writableTypes(parts: readonly Part[], session: Pick<Session, 'roles'>): NoteType[] {
  const writes = session.roles.some((r) => r === 'caseworker' || r === 'mentor' || r === 'legal_aide');
  return writes ? readableTypes(parts) : [];
}

export const REDACTED = '[redacted]';

/** Splits a note body around the core's redaction marks so they can be drawn as such. */
export function splitRedactions(body: string): { text: string; redacted: boolean }[] {
  const out: { text: string; redacted: boolean }[] = [];
  body.split(REDACTED).forEach((text, i) => {
    if (i > 0) out.push({ text: REDACTED, redacted: true });
    if (text) out.push({ text, redacted: false });
  });
  return out;
}
