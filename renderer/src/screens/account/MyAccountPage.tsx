import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../shared/schemas';
import { ROLE_LABEL } from '../../components/labels';
import { PageTitle } from '../../components/PageTitle';
import { StatusMessage } from '../../components/StatusMessage';
import { ChangePasswordForm } from './ChangePasswordForm';

/** The signed-in person's own account: who they are here and their password. */
export function MyAccountPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const [done, setDone] = useState('');
  return (
    <>
      <PageTitle>{t('account.title')}</PageTitle>
      <dl className="facts">
        <dt>{t('fields.displayName')}</dt>
        <dd>{session.displayName}</dd>
        <dt>{t('fields.username')}</dt>
        <dd>{session.username}</dd>
        <dt>{t('fields.roles')}</dt>
        <dd>{session.roles.map((r) => t(ROLE_LABEL[r])).join(', ')}</dd>
      </dl>
      <section aria-labelledby="change-password-title" className="section">
        <h2 id="change-password-title">{t('account.changePassword')}</h2>
        <ChangePasswordForm currentLabel={t('fields.currentPassword')} onChanged={() => setDone(t('account.passwordChanged'))} />
        <StatusMessage testId="account-status">{done}</StatusMessage>
      </section>
    </>
  );
}
