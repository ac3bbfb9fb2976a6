import type { RecoveryState } from '../../../../shared/contract/backups';

export type RecoveryBackup = RecoveryState['backups'][number];

/**
 * The backups the recovery screen offers, newest first: those whose last check passed come first, then
 * those not checked yet (the restore checks them before anything is swapped). One that failed its check is
 * never offered. The first of the list is chosen by default.
 */
export function offeredBackups(backups: readonly RecoveryBackup[]): RecoveryBackup[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return [...newestFirst.filter((b) => b.verified?.ok === true), ...newestFirst.filter((b) => b.verified === null)];
}
