import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { fail } from '../errors';
import type { Ctx, Runtime } from '../runtime';

// Contract first (B4 builds the screens against it): the handlers answer stable errors until the core lands.
export function backupsList(_ctx: Ctx): OutputOf<'backups.list'> {
  return { folder: null, everyHours: 24, latestAt: null, backups: [], job: null };
}
export function backupsSetFolder(_ctx: Ctx, _input: ParsedInputOf<'backups.setFolder'>): OutputOf<'backups.setFolder'> {
  return fail('BACKUP_FOLDER_UNAVAILABLE');
}
export function backupsRun(_ctx: Ctx): OutputOf<'backups.run'> {
  return fail('BACKUP_FOLDER_NOT_SET');
}
export function backupsProgress(_ctx: Ctx): OutputOf<'backups.progress'> {
  return null;
}
export function backupsVerify(_ctx: Ctx, _input: ParsedInputOf<'backups.verify'>): OutputOf<'backups.verify'> {
  return fail('BACKUP_FOLDER_NOT_SET');
}
export function backupsRestore(_ctx: Ctx, _input: ParsedInputOf<'backups.restore'>): OutputOf<'backups.restore'> {
  return fail('BACKUP_FOLDER_NOT_SET');
}
export function restoreFromRecovery(_rt: Runtime, _input: ParsedInputOf<'vault.restoreBackup'>): OutputOf<'vault.restoreBackup'> {
  return fail('RECOVERY_NOT_NEEDED');
}
