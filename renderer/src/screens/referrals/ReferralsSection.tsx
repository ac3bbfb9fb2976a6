import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../shared/schemas';
import { PageTitle } from '../../components/PageTitle';
import type { CaseTab } from '../cases/page/caseTabs';
import { PacketView } from './PacketView';
import { ReferralBoard } from './ReferralBoard';
import { ReferralDetail } from './ReferralDetail';

type View = { kind: 'board' } | { kind: 'detail'; id: number } | { kind: 'packet'; id: number };

/** Referrals: the board across cases, one referral's detail, its packet. State-based, like Cases. */
export function ReferralsSection({ session, visit, openCase }: { session: Session; visit: number; openCase: (id: number, tab?: CaseTab) => void }) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>({ kind: 'board' });
  const [lastVisit, setLastVisit] = useState(visit);
  if (visit !== lastVisit) {
    setLastVisit(visit);
    setView({ kind: 'board' });
  }
  useEffect(() => {
    if (view.kind !== 'board') document.querySelector<HTMLElement>('#page-title')?.focus();
  }, [view]);

  // Referrals are made by caseworkers and legal aides; others are told where referrals live for them.
  if (!session.roles.some((r) => r === 'caseworker' || r === 'legal_aide')) {
    return (
      <>
        <PageTitle>{t('referralsPage.boardTitle')}</PageTitle>
        <p className="placeholder" data-testid="referrals-not-for-role">
          {t('referralsPage.notForRole')}
        </p>
      </>
    );
  }
  switch (view.kind) {
    case 'detail':
      return (
        <ReferralDetail
          key={view.id}
          referralId={view.id}
          backLabel={t('referralsPage.backToBoard')}
          onBack={() => setView({ kind: 'board' })}
          onPacket={(id) => setView({ kind: 'packet', id })}
          onOpenCase={(caseId) => openCase(caseId, 'referrals')}
        />
      );
    case 'packet':
      return <PacketView referralId={view.id} onBack={() => setView({ kind: 'detail', id: view.id })} />;
    default:
      return <ReferralBoard onOpen={(id) => setView({ kind: 'detail', id })} />;
  }
}
