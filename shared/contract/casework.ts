import { z } from 'zod';
import { documentPart, notePart, type Part } from '../cases/access';
import { documentKindSchema, documentSchema, noteSchema, noteTypeSchema, timelineEntrySchema } from '../cases/schemas';
import { NOTE_TYPES } from '../cases/vocab';
import { BANDS, SCREENING_ANSWERS } from '../screening/define';
import { idSchema, versionSchema } from '../schemas';
import { reasonSchema, text, visibleLength } from '../text';
import { channel } from './define';

const screeningSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  instrumentId: z.string(),
  instrumentVersion: z.number().int(),
  status: z.enum(['in_progress', 'complete']),
  answers: z.record(z.string(), z.enum(SCREENING_ANSWERS)),
  score: z.number().int(),
  maxScore: z.number().int(),
  band: z.enum(BANDS),
  declined: z.number().int(),
  unanswered: z.number().int(),
  screenedBy: z.string(),
  startedAt: z.string(),
  completedAt: z.string().nullable(),
  version: versionSchema,
});
export type Screening = z.infer<typeof screeningSchema>;

const noteBody = text().trim().max(20_000).refine((s) => visibleLength(s) >= 1, 'Write something.');
/**
 * A redacted passage must be meaningful: at least 3 visible characters (so one letter cannot be struck from
 * every word of a note and its history) and found verbatim in the note (checked by the service).
 */
const passage = text().max(20_000).refine((s) => visibleLength(s) >= 3, 'Select at least 3 visible characters.');
const uploadId = text().max(64);
const NOTE_PARTS: readonly Part[] = NOTE_TYPES.map(notePart);
const DOCUMENT_PARTS: readonly Part[] = [documentPart(false), documentPart(true)];
/** Base64 of at most 1 MiB per chunk: small enough for IPC, large enough to keep the progress bar moving. */
const chunk = text().max(Math.ceil((1024 * 1024 * 4) / 3) + 4).regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const caseworkChannels = {
  'screening.list': channel({
    summary: 'Screenings of a case, newest first.',
    access: ['caseworker'],
    audit: 'read',
    scope: { kind: 'case', need: 'screening' },
    input: z.strictObject({ caseId: idSchema }),
    output: z.array(screeningSchema),
  }),
  'screening.start': channel({
    summary: 'Start a screening with an instrument (current version).',
    access: ['caseworker'],
    audit: 'change',
    scope: { kind: 'case', need: 'screening' },
    input: z.strictObject({ caseId: idSchema, instrumentId: text().max(64) }),
    output: screeningSchema,
  }),
  'screening.answer': channel({
    summary: 'Save answers (partial saves allowed; resume later).',
    access: ['caseworker'],
    audit: 'change',
    scope: { kind: 'screening', need: 'record' },
    input: z.strictObject({ screeningId: idSchema, version: versionSchema, answers: z.record(text().max(64), z.enum(SCREENING_ANSWERS)) }),
    output: screeningSchema,
  }),
  'screening.complete': channel({
    summary: 'Finish a screening; unanswered questions stay unanswered (never counted as "no").',
    access: ['caseworker'],
    audit: 'change',
    scope: { kind: 'screening', need: 'record' },
    input: z.strictObject({ screeningId: idSchema, version: versionSchema }),
    output: screeningSchema,
  }),
  'notes.list': channel({
    summary: 'Notes of a case this user may read (by note type), newest first.',
    access: 'any',
    audit: 'read',
    scope: { kind: 'case', need: (i) => (i.type ? notePart(i.type) : NOTE_PARTS) },
    input: z.strictObject({ caseId: idSchema, type: noteTypeSchema.optional() }),
    output: z.array(noteSchema),
  }),
  'notes.create': channel({
    summary: 'Write a note of a type this user may write on the case.',
    access: ['caseworker', 'mentor', 'legal_aide'],
    audit: 'change',
    scope: { kind: 'case', need: (i) => notePart(i.type) },
    input: z.strictObject({ caseId: idSchema, type: noteTypeSchema, body: noteBody }),
    output: noteSchema,
  }),
  'notes.update': channel({
    summary: 'Edit your own note; the previous text is kept in its history.',
    access: ['caseworker', 'mentor', 'legal_aide'],
    audit: 'change',
    scope: { kind: 'note', need: 'record' },
    input: z.strictObject({ noteId: idSchema, version: versionSchema, body: noteBody }),
    output: noteSchema,
  }),
  'notes.history': channel({
    summary: 'Earlier versions of a note.',
    access: ['caseworker', 'mentor', 'legal_aide'],
    audit: 'read',
    scope: { kind: 'note', need: 'record' },
    input: z.strictObject({ noteId: idSchema }),
    output: z.array(z.object({ rev: z.number().int(), body: z.string(), editedBy: z.string(), editedAt: z.string() })),
  }),
  'notes.redact': channel({
    summary: 'Partial purge: remove a passage (3+ visible characters, found in the note) from a note and all its history, with a reason. The note’s author or the case’s lead caseworker only.',
    access: ['caseworker', 'mentor', 'legal_aide'],
    audit: 'change',
    scope: { kind: 'note', need: 'record' },
    input: z.strictObject({ noteId: idSchema, version: versionSchema, passage, reason: reasonSchema(5, 500) }),
    output: noteSchema,
  }),
  'notes.search': channel({
    summary: 'Full-text search over the notes this user may read; snippets mark hits with \u0002…\u0003.',
    access: ['caseworker', 'mentor', 'legal_aide'],
    audit: 'read',
    scope: 'visible',
    input: z.strictObject({ query: text().trim().min(1).max(200), limit: z.number().int().min(1).max(100).default(30) }),
    output: z.array(z.object({ noteId: idSchema, caseId: idSchema, caseNumber: z.string(), type: noteTypeSchema, snippet: z.string(), updatedAt: z.string() })),
  }),
  'documents.list': channel({
    summary: 'Documents of a case this user may see.',
    access: ['caseworker', 'legal_aide'],
    audit: 'read',
    scope: { kind: 'case', need: DOCUMENT_PARTS },
    input: z.strictObject({ caseId: idSchema }),
    output: z.array(documentSchema),
  }),
  'documents.beginUpload': channel({
    summary: 'Start an encrypted upload (max 50 MiB). Chunks are encrypted as they arrive; nothing is written in the clear.',
    access: ['caseworker', 'legal_aide'],
    audit: 'change',
    scope: { kind: 'case', need: (i) => documentPart(i.legal) },
    input: z.strictObject({
      caseId: idSchema,
      kind: documentKindSchema,
      legal: z.boolean(),
      filename: text().trim().min(1).max(200),
      mime: text().max(100).regex(/^[\w.+-]+\/[\w.+-]+$/),
      size: z.number().int().min(1).max(50 * 1024 * 1024),
    }),
    output: z.object({ uploadId: z.string() }),
  }),
  'documents.uploadChunk': channel({
    summary: 'Send the next chunk (base64) of an upload, in order.',
    access: ['caseworker', 'legal_aide'],
    audit: 'change',
    scope: { kind: 'upload', need: 'record' },
    input: z.strictObject({ uploadId, index: z.number().int().min(0), data: chunk }),
    output: z.object({ received: z.number().int() }),
  }),
  'documents.finishUpload': channel({
    summary: 'Finish an upload: checks size, stores hash and wrapped key, records the document.',
    access: ['caseworker', 'legal_aide'],
    audit: 'change',
    scope: { kind: 'upload', need: 'record' },
    input: z.strictObject({ uploadId }),
    output: documentSchema,
  }),
  'documents.cancelUpload': channel({
    summary: 'Abandon an upload and delete its encrypted partial file.',
    access: ['caseworker', 'legal_aide'],
    audit: 'change',
    scope: { kind: 'upload', need: 'record' },
    input: z.strictObject({ uploadId }),
    output: z.object({ cancelled: z.boolean() }),
  }),
  'documents.open': channel({
    summary: 'Decrypt a document for viewing or saving a copy: an explicit, audited action.',
    access: ['caseworker', 'legal_aide'],
    audit: 'read',
    scope: { kind: 'document', need: 'record' },
    input: z.strictObject({ documentId: idSchema, purpose: z.enum(['view', 'export']) }),
    output: z.object({ filename: z.string(), mime: z.string(), data: z.string() }),
  }),
  'timeline.get': channel({
    summary: 'One chronological view of a case: intake, screenings, notes, documents, assignments, tasks.',
    access: 'any',
    audit: 'read',
    scope: { kind: 'case', need: 'timeline' },
    input: z.strictObject({ caseId: idSchema }),
    output: z.array(timelineEntrySchema),
  }),
  'retention.preview': channel({
    summary: 'Closed cases past the retention period that a purge would remove.',
    access: ['admin'],
    audit: 'none',
    scope: 'centre',
    input: z.strictObject({}),
    output: z.object({ months: z.number().int().nullable(), cases: z.array(z.object({ caseId: idSchema, caseNumber: z.string(), closedAt: z.string() })) }),
  }),
  'retention.purge': channel({
    summary: 'Purge the previewed cases: rows, search index and document files. The audit entry keeps counts only.',
    access: ['admin'],
    audit: 'change',
    scope: 'centre',
    input: z.strictObject({ caseIds: z.array(idSchema).min(1).max(10_000) }),
    output: z.object({ cases: z.number().int(), notes: z.number().int(), documents: z.number().int() }),
  }),
};
