import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { StatusMessage } from '../../../components/StatusMessage';
import { useDocuments } from '../../../data/documents';
import type { CaseTabProps } from '../page/tabProps';
import { DocumentTable } from './DocumentTable';
import { DocumentViewer } from './DocumentViewer';
import { UploadPanel } from './UploadPanel';
import { useDocumentActions } from './useDocumentActions';

/** Documents of the case this person may see (general and/or legal), and the upload area. */
export function DocumentsTab({ file }: CaseTabProps) {
  const { t } = useTranslation();
  const caseId = file.header.id;
  const docs = useDocuments(caseId);
  const actions = useDocumentActions();
  const [message, setMessage] = useState('');
  const general = file.parts.includes('documents.general');
  const legal = file.parts.includes('documents.legal');

  return (
    <div className="documents-tab">
      <h2 className="visually-hidden">{t('casePage.tabDocuments')}</h2>
      <StatusMessage testId="documents-status">{message}</StatusMessage>
      <div className="documents-layout">
        <section aria-labelledby="documents-title" className="documents-list">
          <h3 id="documents-title">{t('documentsPage.listTitle')}</h3>
          <ErrorMessage error={docs.error ?? actions.error} />
          {docs.isPending ? <p className="muted">{t('common.loading')}</p> : null}
          {docs.data && docs.data.length === 0 ? <p className="muted">{t('documentsPage.none')}</p> : null}
          {docs.data && docs.data.length > 0 ? (
            <DocumentTable docs={docs.data} busyId={actions.busyId} onView={(d) => void actions.view(d)} onExport={(d) => void actions.exportCopy(d)} />
          ) : null}
        </section>
        <UploadPanel caseId={caseId} general={general} legal={legal} onMessage={setMessage} />
      </div>
      {actions.viewing ? <DocumentViewer viewing={actions.viewing} onClose={actions.close} onExport={() => void actions.exportCopy(actions.viewing!.doc)} /> : null}
    </div>
  );
}
