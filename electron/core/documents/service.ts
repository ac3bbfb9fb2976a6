import { randomUUID } from 'node:crypto';
import { documentPart } from '../../../shared/cases/access';
import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { appendCaseEvent } from '../events';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { unwrapKey, wrapKey, wrappedSchema } from '../vault/crypto';
import { decryptFile, EncryptingWriter } from './files';
import { dropUpload, ensureUploadSlot, uploadOf, type Upload } from './uploads';
import { documentsOf, getDocument, insertDocument, type DocumentRow } from './queries';

type Doc = OutputOf<'documents.finishUpload'>;
/** Associated data of a document's wrapped file key; re-keying (vault/rekey.ts) re-wraps under the same. */
export const keyAad = (fileId: string) => `haven-document/v1|${fileId}`;

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

export function documentsList(ctx: Ctx, input: ParsedInputOf<'documents.list'>): OutputOf<'documents.list'> {
  const a = ctx.caseAccess;
  const legal = a.parts.has('documents.legal');
  const general = a.parts.has('documents.general');
  const docs = documentsOf(ctx.db, input.caseId, legal, general);
  ctx.note(`case:${input.caseId}`, { documents: docs.length });
  return docs.map(toDoc);
}

export function documentsBegin(ctx: Ctx, input: ParsedInputOf<'documents.beginUpload'>): OutputOf<'documents.beginUpload'> {
  ensureUploadSlot(ctx);
  const id = randomUUID();
  const writer = new EncryptingWriter(ctx.rt.dataDir);
  const u: Upload = { meta: input, staffId: ctx.session.staffId, next: 0, writer, touchedAt: ctx.now.getTime(), abort: () => writer.abort() };
  ctx.rt.uploads.set(id, u);
  // An upload that starts but whose request rolls back (audit failure) must not keep its descriptor.
  ctx.afterRollback.push(() => dropUpload(ctx, id));
  ctx.note(`case:${input.caseId}`, { kind: input.kind, size: input.size });
  return { uploadId: id };
}

export function documentsChunk(ctx: Ctx, input: ParsedInputOf<'documents.uploadChunk'>): OutputOf<'documents.uploadChunk'> {
  const u = uploadOf(ctx, input.uploadId);
  if (input.index !== u.next) fail('VALIDATION', 'Chunks must arrive in order.', { fields: { index: `expected ${u.next}` } });
  const data = Buffer.from(input.data, 'base64');
  if (u.writer.bytes + data.length > u.meta.size) {
    dropUpload(ctx, input.uploadId);
    fail('VALIDATION', 'The file is larger than announced.', { fields: { data: 'too large' } });
  }
  u.writer.write(data);
  u.next++;
  u.touchedAt = ctx.now.getTime();
  ctx.note(`case:${u.meta.caseId}`, { chunk: input.index });
  return { received: u.writer.bytes };
}

/**
 * The sealed file is moved into place only after the row commits; if anything fails before COMMIT the
 * partial file is deleted, so neither an orphan file nor a row without its file survives a rollback.
 */
export function documentsFinish(ctx: Ctx, input: ParsedInputOf<'documents.finishUpload'>): OutputOf<'documents.finishUpload'> {
  const u = uploadOf(ctx, input.uploadId);
  const m = u.meta;
  if (u.writer.bytes !== m.size) {
    dropUpload(ctx, input.uploadId);
    fail('VALIDATION', 'The upload is incomplete.', { fields: { size: `received ${u.writer.bytes} of ${m.size}` } });
  }
  const sha256 = u.writer.seal();
  ctx.rt.uploads.delete(input.uploadId);
  ctx.afterRollback.push(() => u.writer.abort());
  ctx.afterCommit.push(() => u.writer.place());
  const wrappedKey = JSON.stringify(wrapKey(ctx.key, u.writer.key, keyAad(u.writer.fileId)));
  u.writer.key.fill(0);
  const id = insertDocument(ctx.db, { ...m, sha256, fileId: u.writer.fileId, wrappedKey, by: ctx.session.staffId, now: ctx.nowIso });
  appendCaseEvent(ctx.db, { caseId: m.caseId, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'document', event: 'document.added', part: documentPart(m.legal), params: { kind: m.kind }, ref: { type: 'document', id } });
  ctx.note(`document:${id}`, { caseId: m.caseId, kind: m.kind, size: m.size });
  return toDoc(getDocument(ctx.db, id)!);
}

export function documentsCancel(ctx: Ctx, input: ParsedInputOf<'documents.cancelUpload'>): OutputOf<'documents.cancelUpload'> {
  const u = uploadOf(ctx, input.uploadId);
  ctx.note(`case:${u.meta.caseId}`);
  return { cancelled: dropUpload(ctx, input.uploadId) };
}

/** Decrypts in memory only; the host turns it into a view or a user-chosen file. Audited as an open. */
export function documentsOpen(ctx: Ctx, input: ParsedInputOf<'documents.open'>): OutputOf<'documents.open'> {
  const d = getDocument(ctx.db, input.documentId) ?? fail('NOT_FOUND');
  const key = unwrapKey(ctx.key, wrappedSchema.parse(JSON.parse(d.wrapped_key)), keyAad(d.file_id)) ?? fail('INTERNAL');
  const plain = decryptFile(ctx.rt.dataDir, d.file_id, key, d.sha256);
  key.fill(0);
  ctx.note(`document:${d.id}`, { caseId: d.case_id, purpose: input.purpose });
  return { filename: d.filename, mime: d.mime, data: plain.toString('base64') };
}
