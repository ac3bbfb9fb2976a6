import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../../../shared/contract/backups';
import { useFormat } from '../../../i18n/format';
import { TRIGGER_LABEL } from './jobText';

interface Props {
  backups: BackupEntry[];
  now: number;
  /** The backup being verified right now, if any: its button shows busy, the others wait. */
  verifying: string | null;
  busy: boolean;
  onVerify: (b: BackupEntry) => void;
  onRestore: (b: BackupEntry) => void;
}

/** Its verification in words first; colour is a second cue only. */
export function VerifiedBadge({ entry }: { entry: Pick<BackupEntry, 'verified'> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const v = entry.verified;
  if (!v) return <span className="badge badge-state badge-expired">{t('backupsPage.notVerified')}</span>;
  if (!v.ok) return <span className="badge badge-state badge-revoked">{t('backupsPage.verifyFailed')}</span>;
  return (
    <span className="badge badge-state badge-active" title={fmt.dateTime(v.at)}>
      {t('backupsPage.verifiedOn', { date: fmt.date(v.at) })}
    </span>
  );
}

/** Every backup in the folder, newest first: when, why, size, verified, and the two actions on it. */
export function BackupTable({ backups, now, verifying, busy, onVerify, onRestore }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <div className="table-wrap table-scroll backups-table-wrap">
      <table className="table table-compact" data-testid="backups-table">
        <caption className="visually-hidden">{t('backupsPage.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('backupsPage.made')}</th>
            <th scope="col">{t('backupsPage.trigger')}</th>
            <th scope="col" className="num">
              {t('backupsPage.size')}
            </th>
            <th scope="col">{t('backupsPage.verified')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('backupsPage.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((b) => {
            const when = fmt.dateTime(b.createdAt);
            return (
              <tr key={b.id} data-testid={`backup-row-${b.id}`}>
                <th scope="row">
                  <span className="nowrap">{when}</span> <span className="muted small nowrap">{fmt.relative(b.createdAt, now)}</span>
                </th>
                <td>{t(TRIGGER_LABEL[b.trigger])}</td>
                <td className="num nowrap">{fmt.bytes(b.bytes)}</td>
                <td>
                  <VerifiedBadge entry={b} />
                </td>
                <td>
                  <div className="row-actions">
                    <Button
                      className="button button-small"
                      isDisabled={busy && verifying !== b.id}
                      data-busy={verifying === b.id || undefined}
                      onPress={() => verifying === null && onVerify(b)}
                      aria-label={t('backupsPage.verifyOne', { when })}
                      data-testid={`backup-verify-${b.id}`}
                    >
                      {t('backupsPage.verify')}
                    </Button>
                    <Button
                      className="button button-small"
                      isDisabled={busy || b.verified?.ok === false}
                      onPress={() => onRestore(b)}
                      aria-label={t('backupsPage.restoreOne', { when })}
                      data-testid={`backup-restore-${b.id}`}
                    >
                      {t('backupsPage.restore')}
                    </Button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
