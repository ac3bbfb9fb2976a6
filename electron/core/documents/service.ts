import { randomUUID } from 'node:crypto';
import { documentPart } from '../../../shared/cases/access';
import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { caseAccess, requirePart } from '../cases/access';
import { appendCaseEvent } from '../events';
import { fail } from '../errors';
import type { Ctx, UploadState } from '../runtime';
import { unwrapKey, wrapKey, wrappedSchema } from '../vault/crypto';
import { decryptFile, EncryptingWriter } from './files';
import { documentsOf, getDocument, insertDocument, type DocumentRow } from './queries';

type Doc = OutputOf<'documents.finishUpload'>;
const keyAad = (fileId: string) => `haven-document/v1|${fileId}`;

const toDoc = (r: DocumentRow): Doc => ({
  id: r.id,
  caseId: r.case_id,
  kind: r.kind,
  legal: r.legal === 1,
  filename: r.filename,
  mime: r.mime,
  size: r.size,
  sha256: r.sha256,
  uploadedBy: r.uploader,
  uploadedAt: r.uploaded_at,
});

interface Upload extends UploadState {
  meta: ParsedInputOf<'documents.beginUpload'>;
  staffId: number;
  next: number;
  writer: EncryptingWriter;
}

function upload(ctx: Ctx, id: string): Upload {
  const u = ctx.rt.uploads.get(id) as Upload | undefined;
  if (!u || u.staffId !== ctx.session.staffId) return fail('NOT_FOUND', 'No such upload in progress.');
  return u;
}

export function documentsList(ctx: Ctx, input: ParsedInputOf<'documents.list'>): OutputOf<'documents.list'> {
  const a = caseAccess(ctx, input.caseId);
  const legal = a.parts.has('documents.legal');
  const general = a.parts.has('documents.general');
  if (!legal && !general) fail('NEED_TO_KNOW');
  return documentsOf(ctx.db, input.caseId, legal, general).map(toDoc);
}

export function documentsBegin(ctx: Ctx, input: ParsedInputOf<'documents.beginUpload'>): OutputOf<'documents.beginUpload'> {
  requirePart(ctx, input.caseId, documentPart(input.legal));
  const id = randomUUID();
  const writer = new EncryptingWriter(ctx.rt.dataDir);
  const u: Upload = { meta: input, staffId: ctx.session.staffId, next: 0, writer, abort: () => writer.abort() };
  ctx.rt.uploads.set(id, u);
  return { uploadId: id };
}

export function documentsChunk(ctx: Ctx, input: ParsedInputOf<'documents.uploadChunk'>): OutputOf<'documents.uploadChunk'> {
  const u = upload(ctx, input.uploadId);
  if (input.index !== u.next) fail('VALIDATION', 'Chunks must arrive in order.', { fields: { index: `expected ${u.next}` } });
  const data = Buffer.from(input.data, 'base64');
  if (u.writer.bytes + data.length > u.meta.size) {
    cancel(ctx, input.uploadId);
    fail('VALIDATION', 'The file is larger than announced.', { fields: { data: 'too large' } });
  }
  u.writer.write(data);
  u.next++;
  return { received: u.writer.bytes };
}

export function documentsFinish(ctx: Ctx, input: ParsedInputOf<'documents.finishUpload'>): OutputOf<'documents.finishUpload'> {
  const u = upload(ctx, input.uploadId);
  const m = u.meta;
  requirePart(ctx, m.caseId, documentPart(m.legal));
  if (u.writer.bytes !== m.size) {
    cancel(ctx, input.uploadId);
    fail('VALIDATION', 'The upload is incomplete.', { fields: { size: `received ${u.writer.bytes} of ${m.size}` } });
  }
  const sha256 = u.writer.finish();
  ctx.rt.uploads.delete(input.uploadId);
  const wrappedKey = JSON.stringify(wrapKey(ctx.key, u.writer.key, keyAad(u.writer.fileId)));
  u.writer.key.fill(0);
  const id = insertDocument(ctx.db, { ...m, sha256, fileId: u.writer.fileId, wrappedKey, by: ctx.session.staffId, now: ctx.nowIso });
  appendCaseEvent(ctx.db, { caseId: m.caseId, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'document', event: 'document.added', part: documentPart(m.legal), params: { kind: m.kind }, ref: { type: 'document', id } });
  ctx.note(`document:${id}`, { caseId: m.caseId, kind: m.kind, size: m.size });
  return toDoc(getDocument(ctx.db, id)!);
}

function cancel(ctx: Ctx, id: string): boolean {
  const u = ctx.rt.uploads.get(id);
  if (!u) return false;
  u.abort();
  ctx.rt.uploads.delete(id);
  return true;
}

export function documentsCancel(ctx: Ctx, input: ParsedInputOf<'documents.cancelUpload'>): OutputOf<'documents.cancelUpload'> {
  upload(ctx, input.uploadId);
  return { cancelled: cancel(ctx, input.uploadId) };
}

/** Decrypts in memory only; the host turns it into a view or a user-chosen file. Audited as an open. */
export function documentsOpen(ctx: Ctx, input: ParsedInputOf<'documents.open'>): OutputOf<'documents.open'> {
  const d = getDocument(ctx.db, input.documentId) ?? fail('NOT_FOUND');
  requirePart(ctx, d.case_id, documentPart(d.legal === 1));
  const key = unwrapKey(ctx.key, wrappedSchema.parse(JSON.parse(d.wrapped_key)), keyAad(d.file_id)) ?? fail('INTERNAL');
  const plain = decryptFile(ctx.rt.dataDir, d.file_id, key, d.sha256);
  key.fill(0);
  ctx.note(`document:${d.id}`, { caseId: d.case_id, purpose: input.purpose });
  return { filename: d.filename, mime: d.mime, data: plain.toString('base64') };
}
