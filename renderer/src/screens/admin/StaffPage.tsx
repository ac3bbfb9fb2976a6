import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Session, Staff } from '../../../../shared/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { useStaffList } from '../../data/staff';
import { useFormat } from '../../i18n/format';
import { CreateStaffDialog } from './CreateStaffDialog';
import { DeactivateDialog } from './DeactivateDialog';
import { EditStaffDialog } from './EditStaffDialog';
import { PasswordDialog } from './PasswordDialog';
import { StaffTable, type StaffAction } from './StaffTable';

type Open = { kind: 'create' } | { kind: StaffAction; id: number } | null;

/** Admin > Staff: the accounts of this centre and what an admin can do with them. */
export function StaffPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const list = useStaffList();
  const [open, setOpen] = useState<Open>(null);
  const [status, setStatus] = useState('');

  // Dialogs read the row from the latest list, so a refresh after a CONFLICT gives them the new version.
  const target: Staff | undefined = open && open.kind !== 'create' ? list.data?.find((s) => s.id === open.id) : undefined;
  const close = () => setOpen(null);
  const done = (message: string) => {
    setStatus(message);
    setOpen(null);
  };
  const onOpenChange = (isOpen: boolean) => {
    if (!isOpen) close();
  };

  return (
    <section aria-labelledby="staff-title" className="section">
      <div className="section-head">
        <h2 id="staff-title">{t('staffPage.title')}</h2>
        <Button
          className="button button-primary"
          onPress={() => {
            setStatus('');
            setOpen({ kind: 'create' });
          }}
          data-testid="staff-create"
        >
          {t('staffPage.create')}
        </Button>
      </div>
      <StatusMessage testId="staff-status">{status}</StatusMessage>
      <ErrorMessage error={list.error} />
      {list.isPending ? <p className="muted">{t('common.loading')}</p> : null}
      {list.data ? (
        <>
          <p id="staff-count" className="muted small">
            {t('staffPage.count', { active: fmt.number(list.data.filter((s) => s.active).length), total: fmt.number(list.data.length) })}
          </p>
          <StaffTable
            staff={list.data}
            selfId={session.staffId}
            onAction={(kind, s) => {
              setStatus('');
              setOpen({ kind, id: s.id });
            }}
          />
        </>
      ) : null}

      {open?.kind === 'create' ? <CreateStaffDialog onOpenChange={onOpenChange} onDone={(s) => done(t('staffPage.created', { name: s.displayName }))} /> : null}
      {target && open?.kind === 'edit' ? <EditStaffDialog staff={target} onOpenChange={onOpenChange} onDone={(s) => done(t('staffPage.updatedMessage', { name: s.displayName }))} /> : null}
      {target && open?.kind === 'deactivate' ? <DeactivateDialog staff={target} onOpenChange={onOpenChange} onDone={(s) => done(t('staffPage.deactivated', { name: s.displayName }))} /> : null}
      {target && (open?.kind === 'resetPassword' || open?.kind === 'reactivate') ? (
        <PasswordDialog
          staff={target}
          mode={open.kind}
          onOpenChange={onOpenChange}
          onDone={(s) => done(open.kind === 'reactivate' ? t('staffPage.reactivated', { name: s.displayName }) : t('staffPage.passwordReset', { name: s.displayName }))}
        />
      ) : null}
    </section>
  );
}
