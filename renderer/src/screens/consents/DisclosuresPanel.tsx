import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { useDisclosures, type Disclosure } from '../../data/disclosures';
import { useFormat } from '../../i18n/format';
import { CATEGORY_LABEL } from '../referrals/labels';
import { DISCLOSURE_BASIS_LABEL } from './disclosureLabels';
import { RecordDisclosureDialog } from './RecordDisclosureDialog';

/** The basis in words with the reference it rests on: the release relied on, the order, or why it could not wait. */
function basisReference(d: Disclosure, t: (k: string, o?: Record<string, unknown>) => string): string {
  if (d.basis === 'consent') return d.consentId === null ? '' : t('consentsPage.reference', { id: d.consentId });
  if (d.basis === 'subpoena_order') return d.orderReference ?? '';
  return d.exigentReason ?? '';
}

/**
 * Disclosures to law enforcement on a case, newest first. Never a default: each one is a recorded decision
 * (who, what, when, to whom, on what basis), listed here beside the releases so both are seen together.
 */
export function DisclosuresPanel({ caseId, canAct }: { caseId: number; canAct: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const list = useDisclosures(caseId);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const rows = [...(list.data ?? [])].sort((a, b) => b.disclosedAt.localeCompare(a.disclosedAt));

  return (
    <section className="section disclosures" aria-labelledby="disclosures-title" data-testid="disclosures-panel">
      <div className="section-head">
        <h2 id="disclosures-title">{t('consentsPage.disclosures.title')}</h2>
        {canAct ? (
          <Button className="button" onPress={() => setOpen(true)} data-testid="disclosure-record-open">
            {t('consentsPage.disclosures.record')}
          </Button>
        ) : null}
      </div>
      <p className="muted small">{t('consentsPage.disclosures.intro')}</p>
      <StatusMessage testId="disclosures-status">{message}</StatusMessage>
      <ErrorMessage error={list.error} />
      {list.data && rows.length === 0 ? <p className="empty-state">{t('consentsPage.disclosures.none')}</p> : null}
      {rows.length ? (
        <div className="table-wrap" data-scroll-x>
          <table className="table disclosure-table" data-testid="disclosure-table">
            <caption className="visually-hidden">{t('consentsPage.disclosures.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consentsPage.disclosures.date')}</th>
                <th scope="col">{t('consentsPage.disclosures.agency')}</th>
                <th scope="col">{t('consentsPage.disclosures.categories')}</th>
                <th scope="col">{t('consentsPage.disclosures.basis')}</th>
                <th scope="col">{t('consentsPage.disclosures.recordedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr key={d.id} data-testid={`disclosure-row-${d.id}`} data-basis={d.basis}>
                  <td className="nowrap">{fmt.date(d.disclosedAt)}</td>
                  <th scope="row">
                    {d.agencyName}
                    <div className="muted small">{t('consentsPage.disclosures.receivedBy', { name: d.recipientName })}</div>
                  </th>
                  <td>{d.categories.map((c) => t(CATEGORY_LABEL[c])).join(', ')}</td>
                  <td>
                    {t(DISCLOSURE_BASIS_LABEL[d.basis])}
                    <div className="muted small pre-wrap">{basisReference(d, t)}</div>
                  </td>
                  <td>
                    {d.recordedBy}
                    <div className="muted small">{fmt.dateTime(d.recordedAt)}</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {open ? (
        <RecordDisclosureDialog
          caseId={caseId}
          onClose={(m) => {
            setOpen(false);
            if (m) setMessage(m);
          }}
        />
      ) : null}
    </section>
  );
}
