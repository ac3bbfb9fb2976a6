import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../../shared/referrals/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';
import { useAttachConsentForm } from '../../data/consents';
import { useDocuments } from '../../data/documents';

/** The signed form, once scanned and uploaded to the case's documents (kept encrypted), tied to its release. */
export function AttachFormDialog({ consent, onClose }: { consent: Consent; onClose: (message?: string) => void }) {
  const { t } = useTranslation();
  const attach = useAttachConsentForm(consent.caseId);
  const docs = useDocuments(consent.caseId);
  const [documentId, setDocumentId] = useState<string | null>(null);
  const none = docs.data && docs.data.length === 0;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (attach.isPending || !documentId) return;
    attach.mutate({ consentId: consent.id, version: consent.version, documentId: Number(documentId) }, { onSuccess: () => onClose(t('consentsPage.formAttachedTo', { agency: consent.agencyName })) });
  };

  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={t('consentsPage.attachForm')} testId="consent-attach-dialog">
      <Form onSubmit={submit} className="form">
        {none ? <p className="muted">{t('consentsPage.noDocuments')}</p> : null}
        <SelectField
          label={t('consentsPage.signedForm')}
          description={t('consentsPage.signedFormHelp')}
          placeholder={t('consentsPage.chooseDocument')}
          options={(docs.data ?? []).map((d) => ({ id: String(d.id), label: d.filename }))}
          value={documentId}
          onChange={setDocumentId}
          isRequired
          isDisabled={none}
          testId="consent-attach-document"
        />
        <ErrorMessage error={docs.error ?? attach.error} />
        <div className="actions">
          <Button className="button" slot="close">
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" isDisabled={!documentId} data-busy={attach.isPending || undefined} data-testid="consent-attach-save">
            {t('consentsPage.attachForm')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}
