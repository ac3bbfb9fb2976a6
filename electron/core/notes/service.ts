import { CASE_ROLES, notePart, STAFF_ROLE_FOR } from '../../../shared/cases/access';
import { NOTE_TYPES } from '../../../shared/cases/vocab';
import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { caseAccess, requirePart } from '../cases/access';
import { appendCaseEvent } from '../events';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { toFtsQuery } from './match';
import { getNote, insertNote, insertRedaction, noteHistory, notesOf, readablePairs, redactNote, reviseNote, searchNotes, type NoteRow } from './queries';

type Note = OutputOf<'notes.create'>;

const toNote = (r: NoteRow): Note => ({
  id: r.id,
  caseId: r.case_id,
  type: r.type,
  body: r.body,
  authorId: r.author_id,
  authorName: r.author,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  revisions: r.revisions,
  redactions: r.redactions,
  version: r.version,
});

/** A note is reachable only through the part of its type: a mentor asking for a legal note gets FORBIDDEN. */
function readable(ctx: Ctx, id: number): NoteRow {
  const n = getNote(ctx.db, id) ?? fail('NOT_FOUND');
  requirePart(ctx, n.case_id, notePart(n.type));
  return n;
}

export function notesList(ctx: Ctx, input: ParsedInputOf<'notes.list'>): OutputOf<'notes.list'> {
  const a = caseAccess(ctx, input.caseId);
  const types = NOTE_TYPES.filter((t) => a.parts.has(notePart(t)) && (!input.type || input.type === t));
  if (types.length === 0) fail('NEED_TO_KNOW');
  ctx.note(`case:${input.caseId}`, { types: types.join(',') });
  return notesOf(ctx.db, input.caseId, types).map(toNote);
}

export function notesCreate(ctx: Ctx, input: ParsedInputOf<'notes.create'>): OutputOf<'notes.create'> {
  requirePart(ctx, input.caseId, notePart(input.type));
  const id = insertNote(ctx.db, { caseId: input.caseId, type: input.type, body: input.body, authorId: ctx.session.staffId, now: ctx.nowIso });
  appendCaseEvent(ctx.db, { caseId: input.caseId, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'note', event: 'note.created', part: notePart(input.type), params: { type: input.type }, ref: { type: 'note', id } });
  ctx.note(`note:${id}`, { caseId: input.caseId, type: input.type });
  return toNote(getNote(ctx.db, id)!);
}

export function notesUpdate(ctx: Ctx, input: ParsedInputOf<'notes.update'>): OutputOf<'notes.update'> {
  const n = readable(ctx, input.noteId);
  if (n.author_id !== ctx.session.staffId) fail('NEED_TO_KNOW', 'Only the author edits a note; others add a new note.');
  if (n.version !== input.version || !reviseNote(ctx.db, n, input.body, ctx.nowIso)) fail('CONFLICT', undefined, { current: toNote(getNote(ctx.db, n.id)!) });
  appendCaseEvent(ctx.db, { caseId: n.case_id, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'note', event: 'note.edited', part: notePart(n.type), params: { type: n.type }, ref: { type: 'note', id: n.id } });
  ctx.note(`note:${n.id}`, { caseId: n.case_id });
  return toNote(getNote(ctx.db, n.id)!);
}

export function notesHistory(ctx: Ctx, input: ParsedInputOf<'notes.history'>): OutputOf<'notes.history'> {
  const n = readable(ctx, input.noteId);
  ctx.note(`note:${n.id}`, { caseId: n.case_id });
  return noteHistory(ctx.db, n.id);
}

const MARK = '[redacted]';

export function notesRedact(ctx: Ctx, input: ParsedInputOf<'notes.redact'>): OutputOf<'notes.redact'> {
  const n = readable(ctx, input.noteId);
  if (!n.body.includes(input.passage)) fail('VALIDATION', 'That passage is not in the note.', { fields: { passage: 'not found in the note' } });
  if (n.version !== input.version || !redactNote(ctx.db, n, input.passage, MARK, ctx.nowIso)) fail('CONFLICT', undefined, { current: toNote(getNote(ctx.db, n.id)!) });
  const redactionId = insertRedaction(ctx.db, { noteId: n.id, reason: input.reason, by: ctx.session.staffId, now: ctx.nowIso });
  appendCaseEvent(ctx.db, { caseId: n.case_id, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'note', event: 'note.redacted', part: notePart(n.type), params: { type: n.type }, ref: { type: 'note', id: n.id } });
  // The reason stays in the encrypted note_redaction table; the audit row names the redaction, not its text.
  ctx.note(`note:${n.id}`, { caseId: n.case_id, redactionId, chars: input.passage.length });
  return toNote(getNote(ctx.db, n.id)!);
}

export function notesSearch(ctx: Ctx, input: ParsedInputOf<'notes.search'>): OutputOf<'notes.search'> {
  const match = toFtsQuery(input.query);
  if (!match) return [];
  const me = ctx.session;
  const pairs = readablePairs(ctx.db, {
    staffId: me.staffId,
    heldCaseRoles: CASE_ROLES.filter((r) => me.roles.includes(STAFF_ROLE_FOR[r])),
    glass: [...ctx.rt.breakGlass.entries()],
  });
  return searchNotes(ctx.db, { match, pairs, limit: input.limit });
}
