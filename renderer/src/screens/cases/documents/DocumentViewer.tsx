import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../../components/ModalDialog';
import type { Viewing } from './useDocumentActions';

/** A decrypted document shown in place: text as text, images as images. Closing drops it from memory. */
export function DocumentViewer({ viewing, onClose, onExport }: { viewing: Viewing; onClose: () => void; onExport: () => void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={viewing.doc.filename} testId="document-viewer" wide>
      {viewing.kind === 'text' ? (
        <pre className="document-text" tabIndex={0} aria-label={viewing.doc.filename} data-testid="document-text">
          {viewing.text}
        </pre>
      ) : (
        <img className="document-image" src={viewing.src} alt={t('documentsPage.imageAlt', { name: viewing.doc.filename })} />
      )}
      <div className="actions">
        <Button className="button" onPress={onExport}>
          {t('documentsPage.saveCopy')}
        </Button>
        <Button className="button button-primary" slot="close" autoFocus>
          {t('common.close')}
        </Button>
      </div>
    </ModalDialog>
  );
}
