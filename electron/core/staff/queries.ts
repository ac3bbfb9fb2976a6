import type { Role } from '../../../shared/roles';
import type { Staff } from '../../../shared/schemas';
import { prep, type Db } from '../store/connection';

interface StaffRow {
  id: number;
  username: string;
  display_name: string;
  active: number;
  must_change_password: number;
  created_at: string;
  updated_at: string;
  version: number;
  roles: string | null;
}

const SELECT = `
  SELECT s.*, (SELECT group_concat(role, ',') FROM staff_role r WHERE r.staff_id = s.id) AS roles
  FROM staff s`;

const toStaff = (r: StaffRow): Staff => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  roles: (r.roles ? r.roles.split(',') : []).sort() as Role[],
  active: r.active === 1,
  mustChangePassword: r.must_change_password === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

export function getStaff(db: Db, id: number): Staff | null {
  const r = prep(db, `${SELECT} WHERE s.id = ?`).get(id) as StaffRow | undefined;
  return r ? toStaff(r) : null;
}

export function getStaffByUsername(db: Db, username: string): Staff | null {
  const r = prep(db, `${SELECT} WHERE s.username = ?`).get(username) as StaffRow | undefined;
  return r ? toStaff(r) : null;
}

export function listStaff(db: Db, includeInactive: boolean): Staff[] {
  return (prep(db, `${SELECT} WHERE (? OR s.active = 1) ORDER BY s.display_name COLLATE NOCASE, s.id`).all(includeInactive ? 1 : 0) as StaffRow[]).map(toStaff);
}

export function insertStaff(db: Db, s: { username: string; displayName: string; roles: readonly Role[]; mustChangePassword: boolean; now: string }): number {
  const id = Number(
    prep(db, 
        `INSERT INTO staff (username, display_name, must_change_password, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
      )
      .run(s.username, s.displayName, s.mustChangePassword ? 1 : 0, s.now, s.now).lastInsertRowid,
  );
  setRoles(db, id, s.roles);
  return id;
}

export function setRoles(db: Db, id: number, roles: readonly Role[]): void {
  prep(db, 'DELETE FROM staff_role WHERE staff_id = ?').run(id);
  const ins = prep(db, 'INSERT INTO staff_role (staff_id, role) VALUES (?, ?)');
  for (const r of roles) ins.run(id, r);
}

/** Optimistic update: changes nothing and returns false when the row moved past `version`. */
export function updateStaffRow(
  db: Db,
  id: number,
  version: number,
  patch: { displayName?: string; active?: boolean; mustChangePassword?: boolean },
  now: string,
): boolean {
  const r = prep(db, 
      `UPDATE staff SET
         display_name = coalesce(@displayName, display_name),
         active = coalesce(@active, active),
         must_change_password = coalesce(@mustChange, must_change_password),
         updated_at = @now, version = version + 1
       WHERE id = @id AND version = @version`,
    )
    .run({
      id,
      version,
      now,
      displayName: patch.displayName ?? null,
      active: patch.active === undefined ? null : patch.active ? 1 : 0,
      mustChange: patch.mustChangePassword === undefined ? null : patch.mustChangePassword ? 1 : 0,
    });
  return r.changes === 1;
}

export function countActiveAdmins(db: Db, excludingId: number | null): number {
  return prep(db, 
      `SELECT count(*) FROM staff s JOIN staff_role r ON r.staff_id = s.id
       WHERE r.role = 'admin' AND s.active = 1 AND (? IS NULL OR s.id <> ?)`,
    )
    .pluck()
    .get(excludingId, excludingId) as number;
}
