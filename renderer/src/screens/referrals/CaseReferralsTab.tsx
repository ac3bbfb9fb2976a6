import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { useNow } from '../../components/useNow';
import { useCaseReferrals } from '../../data/referrals';
import { useFormat } from '../../i18n/format';
import type { CaseTabProps } from '../cases/page/tabProps';
import { CreateReferralDialog } from './CreateReferralDialog';
import { IncomingDialog } from './IncomingDialog';
import { CATEGORY_LABEL, DIRECTION_LABEL, STATUS_LABEL, URGENCY_LABEL } from './labels';
import { PacketView } from './PacketView';
import { ReferralDetail } from './ReferralDetail';

type View = { kind: 'list' } | { kind: 'detail'; id: number } | { kind: 'packet'; id: number };

/** A case's referrals (those this person may see): the list, a new referral, one referral, its packet. */
export function CaseReferralsTab({ file, session }: CaseTabProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const now = useNow();
  const caseId = file.header.id;
  const list = useCaseReferrals(caseId);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [creating, setCreating] = useState(false);
  const [incoming, setIncoming] = useState(false);
  const [message, setMessage] = useState('');
  const canRefer = session.roles.some((r) => r === 'caseworker' || r === 'legal_aide');
  // The view replaced the control that was pressed: its heading takes focus, so the keyboard is not lost.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.querySelector<HTMLElement>(view.kind === 'list' ? '#case-referrals-title' : '.referral-sub-title')?.focus();
  }, [view]);

  if (view.kind === 'detail') {
    return <ReferralDetail key={view.id} referralId={view.id} backLabel={t('referralsPage.backToCase')} onBack={() => setView({ kind: 'list' })} onPacket={(id) => setView({ kind: 'packet', id })} inCase />;
  }
  if (view.kind === 'packet') return <PacketView referralId={view.id} onBack={() => setView({ kind: 'detail', id: view.id })} inCase />;

  const rows = list.data ?? [];
  return (
    <section className="case-referrals" aria-labelledby="case-referrals-title" data-testid="case-referrals-tab">
      <div className="section-head">
        <h2 id="case-referrals-title" tabIndex={-1}>
          {t('referralsPage.caseTitle')}
        </h2>
        {canRefer ? (
          <div className="actions-group">
            <Button className="button" onPress={() => setIncoming(true)} data-testid="referral-incoming-open">
              {t('referralsPage.recordIncoming')}
            </Button>
            <Button className="button button-primary" onPress={() => setCreating(true)} data-testid="referral-create-open">
              {t('referralsPage.create')}
            </Button>
          </div>
        ) : null}
      </div>
      <StatusMessage testId="case-referrals-status">{message}</StatusMessage>
      <ErrorMessage error={list.error} />
      {list.data && rows.length === 0 ? <p className="empty-state">{t('referralsPage.caseNone')}</p> : null}
      {rows.length ? (
        <div className="table-wrap" data-scroll-x>
          <table className="table" data-testid="case-referral-table">
            <caption className="visually-hidden">{t('referralsPage.caseTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('referralsPage.service')}</th>
                <th scope="col">{t('referralsPage.status')}</th>
                <th scope="col">{t('referralsPage.shared')}</th>
                <th scope="col">{t('referralsPage.followUp')}</th>
                <th scope="col">{t('referralsPage.owner')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const overdue = r.followUpAt !== null && new Date(r.followUpAt).getTime() < now;
                return (
                  <tr key={r.id} data-testid={`case-referral-${r.id}`}>
                    <th scope="row">
                      <Button className="button-link referral-open" onPress={() => setView({ kind: 'detail', id: r.id })} data-testid={`case-referral-open-${r.id}`}>
                        {r.agencyName}
                      </Button>
                      <div className="muted small">
                        {r.serviceName ?? ''} · {t(DIRECTION_LABEL[r.direction])} · {t(URGENCY_LABEL[r.urgency])}
                      </div>
                    </th>
                    <td>
                      <span className="status-chip referral-status">{t(STATUS_LABEL[r.status])}</span>
                    </td>
                    <td>{r.categories.map((c) => t(CATEGORY_LABEL[c])).join(', ') || '—'}</td>
                    <td className="nowrap">
                      {r.followUpAt ? fmt.date(r.followUpAt) : '—'}
                      {overdue ? <div><span className="badge badge-state badge-overdue">{t('today.overdue')}</span></div> : null}
                    </td>
                    <td>{r.ownerName ?? '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {incoming ? (
        <IncomingDialog
          caseId={caseId}
          onClose={(m) => {
            setIncoming(false);
            if (m) setMessage(m);
          }}
        />
      ) : null}
      {creating ? (
        <CreateReferralDialog
          caseId={caseId}
          onClose={(m) => {
            setCreating(false);
            if (m) setMessage(m);
          }}
        />
      ) : null}
    </section>
  );
}
