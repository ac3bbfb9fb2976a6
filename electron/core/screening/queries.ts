import { registerPurger } from '../retention/registry';
import { prep, type Db } from '../store/connection';

export interface ScreeningRow {
  id: number;
  case_id: number;
  instrument_id: string;
  instrument_version: number;
  status: 'in_progress' | 'complete';
  answers: string;
  score: number;
  band: string;
  screened_by: number;
  screener: string;
  started_at: string;
  completed_at: string | null;
  version: number;
}

const SELECT = `SELECT sc.*, s.display_name AS screener FROM screening sc JOIN staff s ON s.id = sc.screened_by`;

export const getScreening = (db: Db, id: number) => prep(db, `${SELECT} WHERE sc.id = ?`).get(id) as ScreeningRow | undefined;
export const screeningsOf = (db: Db, caseId: number) => prep(db, `${SELECT} WHERE sc.case_id = ? ORDER BY sc.started_at DESC, sc.id DESC`).all(caseId) as ScreeningRow[];

export const insertScreening = (db: Db, s: { caseId: number; instrumentId: string; version: number; by: number; now: string }) =>
  Number(
    prep(db, `INSERT INTO screening (case_id, instrument_id, instrument_version, status, screened_by, started_at, updated_at) VALUES (?, ?, ?, 'in_progress', ?, ?, ?)`)
      .run(s.caseId, s.instrumentId, s.version, s.by, s.now, s.now).lastInsertRowid,
  );

export const saveScreening = (db: Db, s: { id: number; version: number; answers: string; score: number; band: string; complete: boolean; now: string }) =>
  prep(db, 
      `UPDATE screening SET answers = @answers, score = @score, band = @band,
         status = CASE WHEN @complete THEN 'complete' ELSE status END,
         completed_at = CASE WHEN @complete THEN @now ELSE completed_at END,
         updated_at = @now, version = version + 1
       WHERE id = @id AND version = @version`,
    )
    .run({ ...s, complete: s.complete ? 1 : 0 }).changes === 1;

// Removing a case (retention purge, discarded intake) counts its screenings here; the case row's cascade deletes them.
registerPurger({
  name: 'screenings',
  count: (db, caseIds) => prep(db, 'SELECT count(*) FROM screening WHERE case_id IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(caseIds)) as number,
});
