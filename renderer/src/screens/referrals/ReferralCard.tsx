import { useRef } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../../../shared/referrals/schemas';
import { useFormat } from '../../i18n/format';
import { DIRECTION_LABEL, SERVICE_TYPE_LABEL, URGENCY_LABEL } from './labels';
import { MoveMenu, type MoveMenuHandle } from './MoveMenu';

interface Props {
  referral: Referral;
  now: number;
  onOpen: (id: number) => void;
  onMoved: (r: Referral, message: string) => void;
  onError: (e: unknown) => void;
}

/**
 * One referral on the board. The card is one stop in the Tab order; on it, Enter opens the referral, "m"
 * opens "Move to…", and the arrow keys go to the next or previous card (see ReferralBoard).
 */
export function ReferralCard({ referral: r, now, onOpen, onMoved, onError }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const moveRef = useRef<MoveMenuHandle>(null);
  const overdue = r.followUpAt !== null && new Date(r.followUpAt).getTime() < now;

  const onKeyDown = (e: React.KeyboardEvent<HTMLElement>) => {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      onOpen(r.id);
    } else if (e.key === 'm') {
      e.preventDefault();
      moveRef.current?.open();
    }
  };

  return (
    <li className={`referral-card urgency-${r.urgency}`}>
      <article
        className="referral-card-body"
        tabIndex={0}
        onKeyDown={onKeyDown}
        aria-label={t('referralsPage.cardLabel', { caseNumber: r.caseNumber, agency: r.agencyName })}
        aria-keyshortcuts="Enter m"
        data-card-id={r.id}
        data-testid={`referral-card-${r.id}`}
      >
        <div className="referral-card-head">
          <span className="case-number">{r.caseNumber}</span>
          {r.urgency !== 'routine' ? <span className={`badge badge-urgency-${r.urgency}`}>{t(URGENCY_LABEL[r.urgency])}</span> : null}
          {r.direction !== 'outgoing' ? <span className="badge">{t(DIRECTION_LABEL[r.direction])}</span> : null}
        </div>
        <Button className="button-link referral-open" onPress={() => onOpen(r.id)} excludeFromTabOrder data-testid={`referral-open-${r.id}`}>
          {r.agencyName}
        </Button>
        <div className="muted small">{r.serviceName ?? (r.serviceType ? t(SERVICE_TYPE_LABEL[r.serviceType]) : '')}</div>
        {r.appointmentAt && (r.status === 'appointment_set' || r.status === 'no_show') ? <div className="small">{t('referralsPage.appointmentOn', { when: fmt.dateTime(r.appointmentAt) })}</div> : null}
        {r.followUpAt ? (
          <div className={overdue ? 'small follow-up follow-up-overdue' : 'small follow-up'}>
            {overdue ? <span className="badge badge-state badge-overdue">{t('today.overdue')}</span> : null} {t('referralsPage.followUpOn', { when: fmt.date(r.followUpAt) })}
          </div>
        ) : null}
        <div className="referral-card-foot">
          <span className="muted small">{r.ownerName ?? t('referralsPage.noOwner')}</span>
          <MoveMenu ref={moveRef} referral={r} onMoved={onMoved} onError={onError} testId={`referral-move-${r.id}`} />
        </div>
      </article>
    </li>
  );
}
