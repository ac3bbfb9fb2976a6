import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../../shared/referrals/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useNow } from '../../components/useNow';
import { useAgreements } from '../../data/directory';
import { useFormat } from '../../i18n/format';
import { AGREEMENT_STATUS_LABEL, CATEGORY_LABEL } from '../referrals/labels';
import { AgreementDialog } from './AgreementDialog';
import { AGREEMENT_SOON_DAYS, agreementState } from './agreementState';

/**
 * Partner agreements (MoUs): what each allows to be exchanged and until when. Those ending soon come first,
 * since sharing with an agency stops the moment its agreement lapses. Administrators record and edit them.
 */
export function AgreementsPage({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const now = useNow();
  const list = useAgreements();
  const [editing, setEditing] = useState<Agreement | 'new' | null>(null);
  const all = [...(list.data ?? [])].sort((a, b) => a.endsAt.localeCompare(b.endsAt));
  const soon = all.filter((g) => agreementState(g, now) === 'expiring');
  const rest = all.filter((g) => agreementState(g, now) !== 'expiring');

  const row = (g: Agreement) => {
    const st = agreementState(g, now);
    return (
      <tr key={g.id} className={st === 'lapsed' ? 'row-inactive' : undefined} data-testid={`agreement-row-${g.id}`}>
        <th scope="row">
          {g.agencyName}
          <div className="muted small">{g.parties}</div>
        </th>
        <td>
          <span className={`badge badge-state badge-${st}`}>{t(AGREEMENT_STATUS_LABEL[st])}</span>
        </td>
        <td className="nowrap">
          {fmt.date(g.effectiveFrom)} – {fmt.date(g.endsAt)}
          {st === 'expiring' || st === 'active' ? <div className="muted small">{fmt.relative(g.endsAt, now)}</div> : null}
        </td>
        <td>{g.categories.map((c) => t(CATEGORY_LABEL[c])).join(', ')}</td>
        <td>
          {g.purpose}
          {g.documentRef ? <div className="muted small">{t('agreementsPage.documentRefShort', { ref: g.documentRef })}</div> : null}
        </td>
        {isAdmin ? (
          <td>
            <div className="row-actions">
              <Button className="button button-small" onPress={() => setEditing(g)} aria-label={`${t('agreementsPage.edit')}: ${g.agencyName}`} data-testid={`agreement-edit-${g.id}`}>
                {t('agreementsPage.edit')}
              </Button>
            </div>
          </td>
        ) : null}
      </tr>
    );
  };

  const table = (rows: Agreement[], caption: string, testId: string) => (
    <div className="table-wrap" data-scroll-x>
      <table className="table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('agreementsPage.agency')}</th>
            <th scope="col">{t('agreementsPage.status')}</th>
            <th scope="col">{t('agreementsPage.periodColumn')}</th>
            <th scope="col">{t('agreementsPage.categories')}</th>
            <th scope="col">{t('agreementsPage.purpose')}</th>
            {isAdmin ? (
              <th scope="col">
                <span className="visually-hidden">{t('directoryPage.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>{rows.map(row)}</tbody>
      </table>
    </div>
  );

  return (
    <div className="agreements" data-testid="agreements-page">
      <div className="section-head">
        <h2 id="agreements-title">{t('agreementsPage.title')}</h2>
        {isAdmin ? (
          <Button className="button button-primary" onPress={() => setEditing('new')} data-testid="agreement-add">
            {t('agreementsPage.add')}
          </Button>
        ) : null}
      </div>
      <p className="muted small">{t('agreementsPage.intro')}</p>
      <ErrorMessage error={list.error} />
      <section className="section" aria-labelledby="agreements-soon-title">
        <h3 id="agreements-soon-title">{t('agreementsPage.soonTitle', { days: AGREEMENT_SOON_DAYS })}</h3>
        {list.data && soon.length === 0 ? <p className="muted" data-testid="agreements-soon-none">{t('agreementsPage.soonNone')}</p> : null}
        {soon.length ? table(soon, t('agreementsPage.soonTitle', { days: AGREEMENT_SOON_DAYS }), 'agreements-soon') : null}
      </section>
      <section className="section" aria-labelledby="agreements-all-title">
        <h3 id="agreements-all-title">{t('agreementsPage.allTitle')}</h3>
        {list.data && rest.length === 0 ? <p className="muted">{t('agreementsPage.none')}</p> : null}
        {rest.length ? table(rest, t('agreementsPage.allTitle'), 'agreements-all') : null}
      </section>
      {editing !== null ? <AgreementDialog agreement={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
