import { registerPurger } from '../retention/registry';
import { prep, type Db } from '../store/connection';
import { deleteFile } from './files';

export interface DocumentRow {
  id: number;
  case_id: number;
  kind: 'id_copy' | 'declaration' | 'notice' | 'court' | 'medical' | 'other' | 'i914' | 'i918' | 'receipt_notice' | 'approval_notice' | 'ead' | 'trp' | 'court_order';
  legal: number;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  file_id: string;
  wrapped_key: string;
  uploader: string;
  uploaded_at: string;
}

const SELECT = 'SELECT d.*, s.display_name AS uploader FROM document d JOIN staff s ON s.id = d.uploaded_by';

export const getDocument = (db: Db, id: number) => prep(db, `${SELECT} WHERE d.id = ?`).get(id) as DocumentRow | undefined;
export const documentsOf = (db: Db, caseId: number, legal: boolean, general: boolean) =>
  prep(db, `${SELECT} WHERE d.case_id = ? AND ((d.legal = 1 AND ?) OR (d.legal = 0 AND ?)) ORDER BY d.uploaded_at DESC, d.id DESC`).all(caseId, legal ? 1 : 0, general ? 1 : 0) as DocumentRow[];

export const insertDocument = (
  db: Db,
  d: { caseId: number; kind: string; legal: boolean; filename: string; mime: string; size: number; sha256: string; fileId: string; wrappedKey: string; by: number; now: string },
) =>
  Number(
    prep(db, 
        `INSERT INTO document (case_id, kind, legal, filename, mime, size, sha256, file_id, wrapped_key, uploaded_by, uploaded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(d.caseId, d.kind, d.legal ? 1 : 0, d.filename, d.mime, d.size, d.sha256, d.fileId, d.wrappedKey, d.by, d.now).lastInsertRowid,
  );

export const fileIdsOfCases = (db: Db, caseIds: readonly number[]) =>
  prep(db, 'SELECT file_id FROM document WHERE case_id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(caseIds)) as string[];

// Retention counts a purge's documents here; the cascade deletes the rows, the encrypted files go after COMMIT.
registerPurger({
  name: 'documents',
  count: (db, caseIds) => prep(db, 'SELECT count(*) FROM document WHERE case_id IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(caseIds)) as number,
  files: { ids: fileIdsOfCases, delete: deleteFile },
});

/** Whether a document row names this file (its upload committed). */
export const fileCommitted = (db: Db, fileId: string): boolean => prep(db, 'SELECT 1 FROM document WHERE file_id = ?').get(fileId) !== undefined;

/** Every document's wrapped file key, for re-keying (vault/rekey.ts): ids and wraps only. */
export const documentKeys = (db: Db) => prep(db, 'SELECT id, file_id, wrapped_key FROM document ORDER BY id').all() as Pick<DocumentRow, 'id' | 'file_id' | 'wrapped_key'>[];

export const setDocumentKey = (db: Db, id: number, wrappedKey: string) => prep(db, 'UPDATE document SET wrapped_key = ? WHERE id = ?').run(wrappedKey, id);
