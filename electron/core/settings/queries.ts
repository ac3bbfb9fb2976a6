import type { Jurisdiction, Settings } from '../../../shared/schemas';
import { prep, type Db } from '../store/connection';

interface SettingsRow {
  centre_name: string;
  jurisdiction: Jurisdiction;
  idle_minutes: number;
  retention_months: number | null;
  version: number;
}

export function getSettings(db: Db): Settings {
  const r = prep(db, 'SELECT centre_name, jurisdiction, idle_minutes, retention_months, version FROM settings WHERE id = 1').get() as SettingsRow;
  return { centreName: r.centre_name, jurisdiction: r.jurisdiction, idleMinutes: r.idle_minutes, retentionMonths: r.retention_months, version: r.version };
}

export function insertSettings(db: Db, s: { centreName: string; jurisdiction: Jurisdiction; now: string }): void {
  prep(db, 'INSERT INTO settings (id, centre_name, jurisdiction, updated_at) VALUES (1, ?, ?, ?)').run(s.centreName, s.jurisdiction, s.now);
}

export function updateSettingsRow(
  db: Db,
  version: number,
  patch: { centreName?: string; jurisdiction?: Jurisdiction; idleMinutes?: number; retentionMonths?: number | null },
  now: string,
): boolean {
  return (
    prep(db, 
        `UPDATE settings SET centre_name = coalesce(@c, centre_name), jurisdiction = coalesce(@j, jurisdiction),
           idle_minutes = coalesce(@i, idle_minutes),
           retention_months = CASE WHEN @setRetention THEN @r ELSE retention_months END,
           updated_at = @now, version = version + 1
         WHERE id = 1 AND version = @version`,
      )
      .run({
          c: patch.centreName ?? null,
          j: patch.jurisdiction ?? null,
          i: patch.idleMinutes ?? null,
          setRetention: patch.retentionMonths === undefined ? 0 : 1,
          r: patch.retentionMonths ?? null,
          now,
          version,
        }).changes === 1
  );
}
