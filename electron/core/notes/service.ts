import { notePart } from '../../../shared/cases/access';
import { NOTE_TYPES } from '../../../shared/cases/vocab';
import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { isLeadOn } from '../cases/access';
import { visibility } from '../cases/visibility';
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

export function notesList(ctx: Ctx, input: ParsedInputOf<'notes.list'>): OutputOf<'notes.list'> {
  const a = ctx.caseAccess;
  const types = NOTE_TYPES.filter((t) => a.parts.has(notePart(t)) && (!input.type || input.type === t));
  ctx.note(`case:${input.caseId}`, { types: types.join(',') });
  return notesOf(ctx.db, input.caseId, types).map(toNote);
}

export function notesCreate(ctx: Ctx, input: ParsedInputOf<'notes.create'>): OutputOf<'notes.create'> {
  const id = insertNote(ctx.db, { caseId: input.caseId, type: input.type, body: input.body, authorId: ctx.session.staffId, now: ctx.nowIso });
  appendCaseEvent(ctx.db, { caseId: input.caseId, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'note', event: 'note.created', part: notePart(input.type), params: { type: input.type }, ref: { type: 'note', id } });
  ctx.note(`note:${id}`, { caseId: input.caseId, type: input.type });
  return toNote(getNote(ctx.db, id)!);
}

export function notesUpdate(ctx: Ctx, input: ParsedInputOf<'notes.update'>): OutputOf<'notes.update'> {
  const n = getNote(ctx.db, input.noteId)!;
  if (n.author_id !== ctx.session.staffId) fail('NEED_TO_KNOW', 'Only the author edits a note; others add a new note.');
  if (n.version !== input.version || !reviseNote(ctx.db, n, input.body, ctx.nowIso)) fail('CONFLICT', undefined, { current: toNote(getNote(ctx.db, n.id)!) });
  appendCaseEvent(ctx.db, { caseId: n.case_id, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'note', event: 'note.edited', part: notePart(n.type), params: { type: n.type }, ref: { type: 'note', id: n.id } });
  ctx.note(`note:${n.id}`, { caseId: n.case_id });
  return toNote(getNote(ctx.db, n.id)!);
}

export function notesHistory(ctx: Ctx, input: ParsedInputOf<'notes.history'>): OutputOf<'notes.history'> {
  const n = getNote(ctx.db, input.noteId)!;
  ctx.note(`note:${n.id}`, { caseId: n.case_id });
  return noteHistory(ctx.db, n.id);
}

const MARK = '[redacted]';

export function notesRedact(ctx: Ctx, input: ParsedInputOf<'notes.redact'>): OutputOf<'notes.redact'> {
  const n = getNote(ctx.db, input.noteId)!;
  // Redaction rewrites history for good: the author, or the lead caseworker who answers for the file.
  // Admins are left out on purpose: they cannot read notes, and a redact path would let them probe a
  // note's text by guessing passages ("not in the note" vs success).
  if (n.author_id !== ctx.session.staffId && !isLeadOn(ctx.caseAccess)) fail('NEED_TO_KNOW', 'Only the note’s author or the case’s lead caseworker can redact it.');
  if (!n.body.includes(input.passage)) fail('VALIDATION', 'That passage is not in the note.', { fields: { passage: 'not found in the note' } });
  if (n.version !== input.version || !redactNote(ctx.db, n, input.passage, MARK, ctx.nowIso)) fail('CONFLICT', undefined, { current: toNote(getNote(ctx.db, n.id)!) });
  const redactionId = insertRedaction(ctx.db, { noteId: n.id, reason: input.reason, by: ctx.session.staffId, now: ctx.nowIso });
  appendCaseEvent(ctx.db, { caseId: n.case_id, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'note', event: 'note.redacted', part: notePart(n.type), params: { type: n.type }, ref: { type: 'note', id: n.id } });
  // The reason stays in the encrypted note_redaction table; the audit row names the redaction, not its text.
  ctx.note(`note:${n.id}`, { caseId: n.case_id, redactionId, chars: input.passage.length });
  return toNote(getNote(ctx.db, n.id)!);
}

/** Search ranges over many cases, each admitted by the one visibility rule (cases/visibility.ts). */
export function notesSearch(ctx: Ctx, input: ParsedInputOf<'notes.search'>): OutputOf<'notes.search'> {
  const match = toFtsQuery(input.query);
  const hits = match ? searchNotes(ctx.db, { match, pairs: readablePairs(ctx.db, visibility(ctx)), limit: input.limit }) : [];
  // The audit record counts what was shown; the query text is never logged.
  ctx.note(null, { hits: hits.length, cases: new Set(hits.map((h) => h.caseId)).size });
  return hits;
}
