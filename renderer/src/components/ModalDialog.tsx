import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

interface Props {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  children: React.ReactNode;
  /** 'alertdialog' for confirmations: not dismissed by clicking outside. */
  role?: 'dialog' | 'alertdialog';
  testId?: string;
  wide?: boolean;
}

/** A modal with a titled dialog: focus is trapped inside and returns to the opener on close. */
export function ModalDialog({ isOpen, onOpenChange, title, children, role = 'dialog', testId, wide }: Props) {
  return (
    <ModalOverlay isOpen={isOpen} onOpenChange={onOpenChange} isDismissable={role === 'dialog'} className="modal-overlay">
      <Modal className={wide ? 'modal modal-wide' : 'modal'}>
        <Dialog role={role} className="dialog" data-testid={testId}>
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
