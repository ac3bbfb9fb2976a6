import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../../../shared/referrals/schemas';
import { SHARE_CATEGORIES } from '../../../../shared/referrals/vocab';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Title } from './Title';
import { StatusMessage } from '../../components/StatusMessage';
import { useNow } from '../../components/useNow';
import { useReferral } from '../../data/referrals';
import { toHavenError, type HavenError } from '../../data/result';
import { useFormat } from '../../i18n/format';
import { CATEGORY_LABEL, DIRECTION_LABEL, OUTCOME_LABEL, SERVICE_TYPE_LABEL, STATUS_LABEL, URGENCY_LABEL } from './labels';
import { MoveMenu } from './MoveMenu';
import { ShareMoreDialog } from './ShareMoreDialog';
import { UpdateReferralDialog } from './UpdateReferralDialog';

interface Props {
  referralId: number;
  backLabel: string;
  onBack: () => void;
  onPacket: (id: number) => void;
  /** From the board: open the referral's case. Absent when already inside the case. */
  onOpenCase?: (caseId: number) => void;
  /** Shown inside a case's tab, under the case's own h1. */
  inCase?: boolean;
}

/** One referral: where it went and why, what was shared under which consent, and every step with who and when. */
export function ReferralDetail({ referralId, backLabel, onBack, onPacket, onOpenCase, inCase = false }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const now = useNow();
  const q = useReferral(referralId);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<HavenError | null>(null);
  const [editing, setEditing] = useState(false);
  const [sharing, setSharing] = useState(false);
  const r = q.data;
  const overdue = r?.followUpAt ? new Date(r.followUpAt).getTime() < now : false;

  return (
    <div className="referral-detail" data-testid="referral-detail">
      <Button className="button button-link back-link" onPress={onBack} data-testid="referral-back">
        ← {backLabel}
      </Button>
      <div className="case-title-row">
        <Title inCase={inCase}>{r ? t('referralsPage.detailTitle', { agency: r.agencyName }) : t('common.loading')}</Title>
        {r ? (
          <span className="status-chip referral-status" data-testid="referral-status">
            {t(STATUS_LABEL[r.status])}
          </span>
        ) : null}
      </div>
      <ErrorMessage error={q.error ?? error} />
      <StatusMessage testId="referral-message">{message}</StatusMessage>
      {r ? (
        <>
          <div className="actions actions-start">
            <MoveMenu
              referral={r as Referral}
              onMoved={(_x, m) => {
                setError(null);
                setMessage(m);
              }}
              onError={(e) => setError(toHavenError(e))}
              testId="detail-move"
            />
            {r.status !== 'closed' ? (
              <Button className="button button-small" onPress={() => setEditing(true)} data-testid="referral-edit">
                {t('referralsPage.editFollowUp')}
              </Button>
            ) : null}
            {r.direction !== 'incoming' && r.status !== 'closed' && r.categories.length < SHARE_CATEGORIES.length ? (
              <Button className="button button-small" onPress={() => setSharing(true)} data-testid="referral-share-more">
                {t('referralsPage.shareMore')}
              </Button>
            ) : null}
            {r.direction !== 'incoming' ? (
              <Button className="button button-small" onPress={() => onPacket(r.id)} data-testid="referral-packet">
                {t('packet.open')}
              </Button>
            ) : null}
            {onOpenCase ? (
              <Button className="button button-small" onPress={() => onOpenCase(r.caseId)} data-testid="referral-open-case">
                {t('referralsPage.openCase', { caseNumber: r.caseNumber })}
              </Button>
            ) : null}
          </div>
          <div className="overview-grid">
            <section className="panel" aria-labelledby="referral-facts-title">
              <h2 id="referral-facts-title">{t('referralsPage.facts')}</h2>
              <dl className="facts">
                <dt>{t('referralsPage.case')}</dt>
                <dd className="case-number">{r.caseNumber}</dd>
                <dt>{t('referralsPage.direction')}</dt>
                <dd>{t(DIRECTION_LABEL[r.direction])}</dd>
                <dt>{t('referralsPage.service')}</dt>
                <dd>
                  {r.agencyName}
                  {r.serviceName ? ` — ${r.serviceName}` : ''}
                  {r.serviceType ? <div className="muted small">{t(SERVICE_TYPE_LABEL[r.serviceType])}</div> : null}
                </dd>
                <dt>{t('referralsPage.urgency')}</dt>
                <dd>{t(URGENCY_LABEL[r.urgency])}</dd>
                <dt>{t('referralsPage.reason')}</dt>
                <dd className="pre-wrap">{r.reason}</dd>
                <dt>{t('referralsPage.owner')}</dt>
                <dd>{r.ownerName ?? t('referralsPage.noOwner')}</dd>
                <dt>{t('referralsPage.followUp')}</dt>
                <dd>
                  {r.followUpAt ? fmt.date(r.followUpAt) : '—'}
                  {overdue ? <span className="badge badge-state badge-overdue">{t('today.overdue')}</span> : null}
                </dd>
                {r.appointmentAt ? (
                  <>
                    <dt>{t('referralsPage.appointmentAt')}</dt>
                    <dd>{fmt.dateTime(r.appointmentAt)}</dd>
                  </>
                ) : null}
                {r.outcome ? (
                  <>
                    <dt>{t('referralsPage.outcome')}</dt>
                    <dd>{t(OUTCOME_LABEL[r.outcome])}</dd>
                  </>
                ) : null}
              </dl>
            </section>
            <section className="panel" aria-labelledby="referral-shared-title">
              <h2 id="referral-shared-title">{t('referralsPage.shared')}</h2>
              {r.categories.length ? (
                <ul className="chips" data-testid="referral-categories">
                  {r.categories.map((c) => (
                    <li key={c} className="chip">
                      {t(CATEGORY_LABEL[c])}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">{t('referralsPage.sharedNothing')}</p>
              )}
              {r.consentId ? <p className="muted small">{t('referralsPage.underConsent', { id: r.consentId })}</p> : null}
              {r.packetProducedAt ? <p className="muted small">{t('referralsPage.packetProducedOn', { when: fmt.dateTime(r.packetProducedAt) })}</p> : null}
            </section>
          </div>
          <section className="section" aria-labelledby="referral-steps-title">
            <h2 id="referral-steps-title">{t('referralsPage.steps')}</h2>
            <ol className="steps-list" data-testid="referral-steps">
              {r.steps.map((s, i) => (
                <li key={i} className="step-item">
                  <strong>{t(STATUS_LABEL[s.status])}</strong>
                  <span className="muted small">{t('referralsPage.stepBy', { who: s.by, when: fmt.dateTime(s.at) })}</span>
                  {s.appointmentAt ? <span className="small">{t('referralsPage.appointmentOn', { when: fmt.dateTime(s.appointmentAt) })}</span> : null}
                  {s.outcome ? <span className="small">{t(OUTCOME_LABEL[s.outcome])}</span> : null}
                  {s.shared.length ? <span className="small">{t('referralsPage.stepShared', { categories: s.shared.map((c) => t(CATEGORY_LABEL[c])).join(', ') })}</span> : null}
                </li>
              ))}
            </ol>
          </section>
          {sharing ? (
            <ShareMoreDialog
              referral={r}
              onClose={(m) => {
                setSharing(false);
                if (m) setMessage(m);
              }}
            />
          ) : null}
          {editing ? (
            <UpdateReferralDialog
              referral={r}
              onClose={(m) => {
                setEditing(false);
                if (m) setMessage(m);
              }}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
