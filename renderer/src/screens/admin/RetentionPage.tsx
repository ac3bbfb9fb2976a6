import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { useRetentionPreview } from '../../data/retention';
import { useFormat } from '../../i18n/format';
import { PurgeDialog } from './PurgeDialog';

/**
 * Admin > Retention: the closed cases past the centre's retention period, and a purge of exactly those,
 * behind a confirmation. The audit log keeps counts only.
 */
export function RetentionPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const preview = useRetentionPreview();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState('');
  const cases = preview.data?.cases ?? [];
  const months = preview.data?.months ?? null;

  return (
    <section aria-labelledby="retention-title" className="section">
      <h2 id="retention-title">{t('retentionPage.title')}</h2>
      <StatusMessage testId="retention-status">{result}</StatusMessage>
      <ErrorMessage error={preview.error} />
      {preview.isPending ? <p className="muted">{t('common.loading')}</p> : null}
      {preview.data && months === null ? (
        <p className="placeholder" data-testid="retention-off">
          {t('retentionPage.off')}
        </p>
      ) : null}
      {preview.data && months !== null ? (
        <>
          <p data-testid="retention-period">{t('retentionPage.period', { months: fmt.number(months) })}</p>
          {cases.length === 0 ? (
            <p className="muted" data-testid="retention-none">
              {t('retentionPage.none')}
            </p>
          ) : (
            <>
              <div className="section-head">
                <p className="muted small">{t('retentionPage.due', { n: fmt.number(cases.length) })}</p>
                <Button className="button button-danger" onPress={() => setConfirming(true)} data-testid="purge-open">
                  {t('retentionPage.purge', { n: fmt.number(cases.length) })}
                </Button>
              </div>
              <div className="table-wrap table-scroll">
                <table className="table table-compact" data-testid="retention-table">
                  <caption className="visually-hidden">{t('retentionPage.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('casePage.caseNumber')}</th>
                      <th scope="col">{t('casePage.closed')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {cases.map((c) => (
                      <tr key={c.caseId}>
                        <th scope="row" className="case-number">
                          {c.caseNumber}
                        </th>
                        <td>{fmt.date(c.closedAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      ) : null}
      {confirming ? (
        <PurgeDialog
          caseIds={cases.map((c) => c.caseId)}
          onClose={(r) => {
            setConfirming(false);
            if (r) setResult(t('retentionPage.done', { cases: fmt.number(r.cases), notes: fmt.number(r.notes), documents: fmt.number(r.documents) }));
          }}
        />
      ) : null}
    </section>
  );
}
