import type { CaseDocument } from '../../../../../shared/cases/schemas';
import type { InputOf, OutputOf } from '../../../../../shared/contract';
import { haven } from '../../../api';
import { unwrap, type HavenError } from '../../../data/result';
import { chunkRanges, safeFilename, safeMime, toBase64 } from './chunks';

export interface UploadControl {
  /** Set by the caller to stop after the chunk in flight; the partial upload is then cancelled in the core. */
  cancelled: boolean;
}

type UploadMeta = Omit<InputOf<'documents.beginUpload'>, 'filename' | 'mime' | 'size'>;

/**
 * Sends a file in order, chunk by chunk, reading each slice only when it is due so a 50 MiB file never sits
 * in memory whole. Returns null when cancelled (the core has then deleted its encrypted partial file).
 */
export async function uploadDocument(file: File, meta: UploadMeta, control: UploadControl, onProgress: (sent: number) => void): Promise<CaseDocument | null> {
  const { uploadId } = await unwrap(haven.documents.beginUpload({ ...meta, filename: safeFilename(file.name), mime: safeMime(file.type), size: file.size }));
  try {
    for (const c of chunkRanges(file.size)) {
      if (control.cancelled) break;
      const bytes = new Uint8Array(await file.slice(c.start, c.end).arrayBuffer());
      await unwrap(haven.documents.uploadChunk({ uploadId, index: c.index, data: toBase64(bytes) }));
      onProgress(c.end);
    }
    if (control.cancelled) {
      await unwrap(haven.documents.cancelUpload({ uploadId })).catch(() => undefined);
      return null;
    }
    return await unwrap(haven.documents.finishUpload({ uploadId }));
  } catch (e) {
    await unwrap(haven.documents.cancelUpload({ uploadId })).catch(() => undefined);
    throw e as HavenError;
  }
}

export const openDocument = (input: InputOf<'documents.open'>): Promise<OutputOf<'documents.open'>> => unwrap(haven.documents.open(input));
