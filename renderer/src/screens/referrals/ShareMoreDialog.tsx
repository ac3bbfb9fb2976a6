import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../../../shared/referrals/schemas';
import { SHARE_CATEGORIES, type ShareCategory } from '../../../../shared/referrals/vocab';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { useShareReferral } from '../../data/referrals';
import { CategoryCheckboxes } from '../consents/CategoryCheckboxes';
import { ConsentRefusal } from './ConsentRefusal';

/**
 * Share more with the agency of an open referral: only categories not shared yet are offered. The core
 * checks the release (and agreement) again; a refusal names each category nothing covers, and nothing is sent.
 */
export function ShareMoreDialog({ referral, onClose }: { referral: Referral; onClose: (message?: string) => void }) {
  const { t } = useTranslation();
  const share = useShareReferral();
  const [categories, setCategories] = useState<ShareCategory[]>([]);
  const [problem, setProblem] = useState('');
  const left = SHARE_CATEGORIES.filter((c) => !referral.categories.includes(c));
  const refused = share.error?.code === 'CONSENT_REQUIRED' ? share.error : null;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (share.isPending) return;
    if (categories.length === 0) {
      setProblem(t('consentsPage.chooseCategory'));
      return;
    }
    setProblem('');
    share.mutate({ referralId: referral.id, version: referral.version, categories }, { onSuccess: () => onClose(t('referralsPage.sharedMore', { agency: referral.agencyName })) });
  };

  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('referralsPage.shareMore')} testId="share-more-dialog" wide>
      <Form onSubmit={submit} className="form">
        <p className="muted small">{t('referralsPage.shareMoreIntro', { agency: referral.agencyName })}</p>
        <CategoryCheckboxes label={t('referralsPage.shareMoreCategories')} value={categories} onChange={setCategories} options={left} errorMessage={problem || undefined} testIdPrefix="share-category" />
        {refused ? <ConsentRefusal error={refused} agency={referral.agencyName} /> : <ErrorMessage error={share.error} />}
        <div className="actions">
          <Button className="button" slot="close">
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" data-busy={share.isPending || undefined} data-testid="share-more-save">
            {t('referralsPage.shareMoreSave')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}
