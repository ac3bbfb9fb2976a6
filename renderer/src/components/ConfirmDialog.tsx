import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './ModalDialog';

interface Props {
  title: string;
  /** What happens and what it costs; the caller adds its own error line (codes differ per action). */
  children: React.ReactNode;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** `<id>-dialog` on the dialog, `<id>-confirm` on the button. */
  testId: string;
}

/**
 * The last step before something that cannot be undone (deactivating, discarding, purging, taking someone
 * off a case): an alert dialog that Escape or Cancel closes, with the focus on Cancel, never on the danger.
 */
export function ConfirmDialog({ title, children, confirmLabel, busy, onConfirm, onCancel, testId }: Props) {
  const { t } = useTranslation();
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onCancel()} role="alertdialog" title={title} testId={`${testId}-dialog`}>
      {children}
      <div className="actions">
        <Button className="button" slot="close" autoFocus>
          {t('common.cancel')}
        </Button>
        <Button className="button button-danger" data-busy={busy || undefined} onPress={() => !busy && onConfirm()} data-testid={`${testId}-confirm`}>
          {confirmLabel}
        </Button>
      </div>
    </ModalDialog>
  );
}
