import { useEffect, useRef, useState } from 'react';
import { Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../../../shared/referrals/schemas';
import { REFERRAL_STATUSES } from '../../../../shared/referrals/vocab';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageTitle } from '../../components/PageTitle';
import { StatusMessage } from '../../components/StatusMessage';
import { useNow } from '../../components/useNow';
import { useReferralBoard } from '../../data/referrals';
import { toHavenError, type HavenError } from '../../data/result';
import { useFormat } from '../../i18n/format';
import { STATUS_LABEL } from './labels';
import { ReferralCard } from './ReferralCard';

interface Props {
  onOpen: (id: number) => void;
}

/** Arrow keys move between cards in reading order (column by column), from a focused card only. */
function onBoardKey(e: React.KeyboardEvent<HTMLElement>) {
  const target = e.target as HTMLElement;
  if (!target.matches('[data-card-id]') || !['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft'].includes(e.key)) return;
  const cards = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-card-id]')];
  const i = cards.indexOf(target);
  const step = e.key === 'ArrowDown' || e.key === 'ArrowRight' ? 1 : -1;
  const next = cards[i + step];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

/**
 * Referrals across the cases this person sees, grouped by where they are in the closed loop. Worked from
 * the keyboard: Tab to a card, arrows to the next one, Enter opens it, "m" moves it.
 */
export function ReferralBoard({ onOpen }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const now = useNow();
  const [mine, setMine] = useState(false);
  const [showClosed, setShowClosed] = useState(false);
  const board = useReferralBoard({ mine, openOnly: !showClosed, limit: 500 });
  const [message, setMessage] = useState('');
  const [moveError, setMoveError] = useState<HavenError | null>(null);
  const follow = useRef<number | null>(null);
  const rows = board.data ?? [];
  const statuses = REFERRAL_STATUSES.filter((s) => s !== 'closed' || showClosed);

  // After a move the card is in another column: focus follows it there.
  useEffect(() => {
    if (follow.current === null) return;
    const el = document.querySelector<HTMLElement>(`[data-card-id="${follow.current}"]`);
    if (el) {
      el.focus();
      follow.current = null;
    }
  }, [board.data]);

  const onMoved = (r: Referral, m: string) => {
    setMoveError(null);
    setMessage(m);
    follow.current = r.id;
  };

  return (
    <div className="referral-board-page">
      <div className="page-head">
        <PageTitle>{t('referralsPage.boardTitle')}</PageTitle>
        <div className="page-head-tools">
          <Checkbox className="checkbox" isSelected={mine} onChange={setMine} data-testid="board-mine">
            <span className="checkbox-box" aria-hidden="true" />
            <span>{t('referralsPage.onlyMine')}</span>
          </Checkbox>
          <Checkbox className="checkbox" isSelected={showClosed} onChange={setShowClosed} data-testid="board-closed">
            <span className="checkbox-box" aria-hidden="true" />
            <span>{t('referralsPage.showClosed')}</span>
          </Checkbox>
        </div>
      </div>
      <p className="muted small">{t('referralsPage.boardHelp')}</p>
      <StatusMessage testId="board-status">{message}</StatusMessage>
      <ErrorMessage error={board.error ?? moveError} />
      {board.data && rows.length === 0 ? (
        <p className="empty-state" data-testid="board-empty">
          {t('referralsPage.boardEmpty')}
        </p>
      ) : null}
      {rows.length ? (
        <div className="board" onKeyDown={onBoardKey} data-testid="referral-board">
          {statuses.map((s) => {
            const inCol = rows.filter((r) => r.status === s);
            return (
              <section key={s} className="board-column" aria-labelledby={`board-${s}`} data-testid={`board-column-${s}`}>
                <h2 id={`board-${s}`} className="board-column-title">
                  {t(STATUS_LABEL[s])} <span className="count-badge">{fmt.number(inCol.length)}</span>
                </h2>
                {inCol.length ? (
                  <ul className="board-cards">
                    {inCol.map((r) => (
                      <ReferralCard key={r.id} referral={r} now={now} onOpen={onOpen} onMoved={onMoved} onError={(e) => setMoveError(toHavenError(e))} />
                    ))}
                  </ul>
                ) : (
                  <p className="muted small board-none">{t('referralsPage.columnEmpty')}</p>
                )}
              </section>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
