import type { ParsedInputOf } from '../../../shared/contract';
import { fail } from '../errors';
import type { Ctx, UploadState } from '../runtime';
import type { EncryptingWriter } from './files';

/**
 * Uploads in progress hold an open file descriptor each. A session may have this many at once; the rest
 * wait (CONFLICT) until one finishes or is cancelled, and an upload silent for UPLOAD_IDLE_MS is swept
 * (runtime.ts), so a stuck or hostile renderer cannot exhaust the process's descriptors.
 */
export const MAX_UPLOADS_PER_SESSION = 4;

export interface Upload extends UploadState {
  meta: ParsedInputOf<'documents.beginUpload'>;
  staffId: number;
  next: number;
  writer: EncryptingWriter;
}

/** Another person's upload does not exist for this one. */
export function uploadOf(ctx: Ctx, id: string): Upload {
  const u = ctx.rt.uploads.get(id) as Upload | undefined;
  if (!u || u.staffId !== ctx.session.staffId) return fail('NOT_FOUND', 'No such upload in progress.');
  return u;
}

export function ensureUploadSlot(ctx: Ctx): void {
  if (ctx.rt.uploads.size >= MAX_UPLOADS_PER_SESSION) {
    fail('CONFLICT', `${MAX_UPLOADS_PER_SESSION} uploads are already in progress. Finish or cancel one first.`);
  }
}

export function dropUpload(ctx: Ctx, id: string): boolean {
  const u = ctx.rt.uploads.get(id);
  if (!u) return false;
  u.abort();
  ctx.rt.uploads.delete(id);
  return true;
}
