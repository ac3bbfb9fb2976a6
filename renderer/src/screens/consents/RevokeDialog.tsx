import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../../shared/referrals/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { useRevokeConsent } from '../../data/consents';
import { CATEGORY_LABEL } from '../referrals/labels';

/** Revoking is final and takes effect at once: a confirmation that says exactly what stops. */
export function RevokeDialog({ consent, onClose }: { consent: Consent; onClose: (message?: string) => void }) {
  const { t } = useTranslation();
  const revoke = useRevokeConsent(consent.caseId);
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('consentsPage.revokeTitle')} role="alertdialog" testId="consent-revoke-dialog">
      <p>{t('consentsPage.revokeBody', { agency: consent.agencyName, categories: consent.categories.map((c) => t(CATEGORY_LABEL[c])).join(', ') })}</p>
      <p className="muted small">{t('consentsPage.revokeNote')}</p>
      <ErrorMessage error={revoke.error} />
      <div className="actions">
        <Button className="button" slot="close" autoFocus>
          {t('common.cancel')}
        </Button>
        <Button
          className="button button-danger"
          data-busy={revoke.isPending || undefined}
          onPress={() => !revoke.isPending && revoke.mutate({ consentId: consent.id, version: consent.version }, { onSuccess: () => onClose(t('consentsPage.revoked', { agency: consent.agencyName })) })}
          data-testid="consent-revoke-confirm"
        >
          {t('consentsPage.revokeConfirm')}
        </Button>
      </div>
    </ModalDialog>
  );
}
