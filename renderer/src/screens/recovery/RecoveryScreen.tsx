import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../shared/contract';
import type { RecoveryState } from '../../../../shared/contract/backups';
import { Hotlines } from '../../components/Hotlines';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { useNow } from '../../components/useNow';
import { keys } from '../../data/keys';
import { useFormat } from '../../i18n/format';
import { TRIGGER_LABEL } from '../admin/backups/jobText';
import { offeredBackups } from './backupChoice';
import { RecoveryRestoreForm } from './RecoveryRestoreForm';

const REASON_KEY: Record<RecoveryState['reason'], string> = {
  DATABASE_CORRUPT: 'recoveryScreen.reasonCorrupt',
  DATABASE_UNREADABLE: 'recoveryScreen.reasonUnreadable',
  DATABASE_MISSING: 'recoveryScreen.reasonMissing',
};

interface Props {
  recovery: RecoveryState;
  accounts: { username: string }[];
}

/**
 * Shown instead of the lock screen when the core found the database damaged, unreadable or gone. It says
 * what happened and that nothing was deleted, offers the newest backups that passed their check, and says
 * whom to call when there is none. It starts nothing by itself: no retry loop, no automatic restore.
 */
export function RecoveryScreen({ recovery, accounts }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const now = useNow();
  const qc = useQueryClient();
  const offered = offeredBackups(recovery.backups);
  const [chosen, setChosen] = useState<string | null>(offered[0]?.id ?? null);
  const [done, setDone] = useState<OutputOf<'vault.restoreBackup'> | null>(null);
  const picked = offered.find((b) => b.id === chosen) ?? offered[0] ?? null;
  const recheck = () => void qc.invalidateQueries({ queryKey: keys.vaultStatus });

  return (
    <div className="screen screen-lock">
      <header className="screen-topbar">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitcher />
      </header>
      <main className="card card-wide recovery" aria-labelledby="recovery-screen-title" data-testid="recovery-screen" data-reason={recovery.reason}>
        <h1 id="recovery-screen-title">{t('recoveryScreen.title')}</h1>
        <p>{t(REASON_KEY[recovery.reason])}</p>
        <p className="alert alert-ok" data-testid="recovery-kept">
          {t('recoveryScreen.nothingDeleted')}
          {recovery.detectedAt ? ` ${t('recoveryScreen.detectedAt', { when: fmt.dateTime(recovery.detectedAt) })}` : ''}
        </p>
        {done ? (
          <div data-testid="recovery-done">
            <p className="alert alert-ok" role="status">
              {t('recoveryScreen.restored', { when: picked ? fmt.dateTime(picked.createdAt) : '' })}
            </p>
            <p>{t('recoveryScreen.keptAs', { path: done.keptAs })}</p>
            <div className="actions actions-start">
              <Button className="button button-primary" autoFocus onPress={recheck} data-testid="recovery-continue">
                {t('recoveryScreen.continue')}
              </Button>
            </div>
          </div>
        ) : picked ? (
          <>
            <h2 id="recovery-restore-title">{t('recoveryScreen.restoreTitle')}</h2>
            <RadioGroup value={picked.id} onChange={setChosen} className="field radio-group recovery-backups" data-testid="recovery-backups">
              <Label className="field-label">{t('recoveryScreen.chooseBackup')}</Label>
              {offered.slice(0, 5).map((b) => (
                <Radio key={b.id} value={b.id} className="radio" data-testid={`recovery-backup-${b.id}`}>
                  <span>
                    <strong>{fmt.dateTime(b.createdAt)}</strong> <span className="muted">· {fmt.relative(b.createdAt, now)} · {t(TRIGGER_LABEL[b.trigger])}</span>{' '}
                    {b.verified?.ok ? (
                      <span className="badge badge-state badge-active">{t('backupsPage.verifiedOn', { date: fmt.date(b.verified.at) })}</span>
                    ) : (
                      <span className="badge badge-state badge-expired">{t('backupsPage.notVerified')}</span>
                    )}
                  </span>
                </Radio>
              ))}
            </RadioGroup>
            <RecoveryRestoreForm backupId={picked.id} when={fmt.dateTime(picked.createdAt)} accounts={accounts} onRestored={setDone} />
          </>
        ) : (
          <section aria-labelledby="recovery-none-title" data-testid="recovery-none">
            <h2 id="recovery-none-title">{t('recoveryScreen.noneTitle')}</h2>
            <p>{recovery.folder ? t('recoveryScreen.noneInFolder', { folder: recovery.folder }) : t('recoveryScreen.noFolder')}</p>
            <p className="alert alert-warning">{t('recoveryScreen.noneWhatToDo')}</p>
            <div className="actions actions-start">
              <Button className="button" onPress={recheck} data-testid="recovery-recheck">
                {t('recoveryScreen.recheck')}
              </Button>
            </div>
          </section>
        )}
      </main>
      <footer className="screen-footer">
        <Hotlines />
      </footer>
    </div>
  );
}
