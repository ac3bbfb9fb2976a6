import { prep, type Db } from '../store/connection';

export const purgeableCases = (db: Db, closedBefore: string) =>
  prep(db, `SELECT id AS caseId, case_number AS caseNumber, closed_at AS closedAt FROM case_file WHERE status IN ('Closed', 'ClosedReferred') AND closed_at < ? ORDER BY closed_at`)
    .all(closedBefore) as { caseId: number; caseNumber: string; closedAt: string }[];

export function countChildren(db: Db, caseIds: readonly number[]): { notes: number; documents: number } {
  const ids = JSON.stringify(caseIds);
  return {
    notes: prep(db, 'SELECT count(*) FROM note WHERE case_id IN (SELECT value FROM json_each(?))').pluck().get(ids) as number,
    documents: prep(db, 'SELECT count(*) FROM document WHERE case_id IN (SELECT value FROM json_each(?))').pluck().get(ids) as number,
  };
}

/** Deleting the case row cascades to every child row (and the FTS triggers drop the notes from the index). */
export const deleteCases = (db: Db, caseIds: readonly number[]) =>
  prep(db, 'DELETE FROM case_file WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(caseIds)).changes;
