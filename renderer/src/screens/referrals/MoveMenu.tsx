import { forwardRef, useImperativeHandle, useState } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../../../shared/referrals/schemas';
import { REFERRAL_MOVES, type ReferralStatus } from '../../../../shared/referrals/vocab';
import { useAdvanceReferral } from '../../data/referrals';
import { MOVE_LABEL, STATUS_LABEL } from './labels';
import { MoveDialog } from './MoveDialog';

/** Moves that need more than a choice: when the appointment is, what the outcome was. */
const NEEDS_DETAIL: readonly ReferralStatus[] = ['appointment_set', 'closed'];

interface Props {
  referral: Referral;
  /** Told the new status after a move, so the board can follow the card with focus and a message. */
  onMoved: (r: Referral, message: string) => void;
  onError: (e: unknown) => void;
  testId: string;
}

/**
 * "Move to…": the next steps of the closed loop this referral allows (REFERRAL_MOVES), as a menu, so the
 * board is worked from the keyboard (Enter or "m" on a card opens it; arrows choose; Enter moves).
 */
export interface MoveMenuHandle {
  /** Opens the menu with its first choice focused (the card's "m" shortcut). */
  open(): void;
}

export const MoveMenu = forwardRef<MoveMenuHandle, Props>(function MoveMenu({ referral, onMoved, onError, testId }, ref) {
  const { t } = useTranslation();
  const advance = useAdvanceReferral();
  const [detail, setDetail] = useState<ReferralStatus | null>(null);
  const [open, setOpen] = useState(false);
  useImperativeHandle(ref, () => ({ open: () => setOpen(true) }), []);
  const moves = REFERRAL_MOVES[referral.status];
  if (moves.length === 0) return null;

  const move = (to: ReferralStatus) => {
    if (NEEDS_DETAIL.includes(to)) {
      setDetail(to);
      return;
    }
    advance.mutate(
      { referralId: referral.id, version: referral.version, status: to },
      { onSuccess: (r) => onMoved(r, t('referralsPage.moved', { agency: r.agencyName, status: t(STATUS_LABEL[r.status]) })), onError },
    );
  };

  return (
    <>
      <MenuTrigger isOpen={open} onOpenChange={setOpen}>
        <Button className="button button-small move-button" aria-label={t('referralsPage.moveToFor', { agency: referral.agencyName, caseNumber: referral.caseNumber })} aria-keyshortcuts="m" data-busy={advance.isPending || undefined} data-testid={testId}>
          {t('referralsPage.moveTo')} <span aria-hidden="true">▾</span>
        </Button>
        <Popover className="popover" placement="bottom end">
          <Menu className="listbox" autoFocus="first" onAction={(k) => move(k as ReferralStatus)} aria-label={t('referralsPage.moveTo')}>
            {moves.map((s) => (
              <MenuItem key={s} id={s} className="listbox-item" data-testid={`${testId}-${s}`}>
                {s === referral.status ? t('referralsPage.reschedule') : t(MOVE_LABEL[s])}
              </MenuItem>
            ))}
          </Menu>
        </Popover>
      </MenuTrigger>
      {detail ? (
        <MoveDialog
          referral={referral}
          to={detail}
          onClose={(r) => {
            setDetail(null);
            if (r) onMoved(r, t('referralsPage.moved', { agency: r.agencyName, status: t(STATUS_LABEL[r.status]) }));
          }}
        />
      ) : null}
    </>
  );
});
