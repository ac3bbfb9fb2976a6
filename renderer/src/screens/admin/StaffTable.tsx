import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Staff } from '../../../../shared/schemas';
import { ROLE_LABEL } from '../../components/labels';
import { useFormat } from '../../i18n/format';

export type StaffAction = 'edit' | 'resetPassword' | 'deactivate' | 'reactivate';

interface Props {
  staff: Staff[];
  selfId: number;
  onAction: (action: StaffAction, s: Staff) => void;
}

/** Compact table of every account, active or not. Row buttons name the person for screen readers. */
export function StaffTable({ staff, selfId, onAction }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const action = (a: StaffAction, s: Staff, label: string) => (
    <Button className="button button-small" onPress={() => onAction(a, s)} aria-label={`${label}: ${s.displayName}`} data-testid={`staff-${a}-${s.username}`}>
      {label}
    </Button>
  );
  return (
    // The wrapper scrolls sideways if a long translation makes the table wider than the page.
    <div className="table-wrap">
      <table className="table" data-testid="staff-table" aria-describedby="staff-count">
        <caption className="visually-hidden">{t('staffPage.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fields.displayName')}</th>
            <th scope="col">{t('fields.username')}</th>
            <th scope="col">{t('fields.roles')}</th>
            <th scope="col">{t('staffPage.status')}</th>
            <th scope="col">{t('staffPage.mustChange')}</th>
            <th scope="col">{t('staffPage.updated')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('staffPage.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {staff.map((s) => (
            <tr key={s.id} className={s.active ? undefined : 'row-inactive'} data-testid={`staff-row-${s.username}`}>
              <th scope="row">
                {s.displayName}
                {s.id === selfId ? <span className="badge">{t('staffPage.you')}</span> : null}
              </th>
              <td>
                <code>{s.username}</code>
              </td>
              <td>{s.roles.map((r) => t(ROLE_LABEL[r])).join(', ')}</td>
              <td>{s.active ? t('staffPage.active') : t('staffPage.inactive')}</td>
              <td>{s.mustChangePassword ? t('common.yes') : t('common.no')}</td>
              <td className="nowrap" title={fmt.dateTime(s.updatedAt)}>
                {fmt.date(s.updatedAt)}
              </td>
              <td>
                <div className="row-actions">
                  {action('edit', s, t('staffPage.edit'))}
                  {s.active ? action('resetPassword', s, t('staffPage.resetPassword')) : null}
                  {s.active ? action('deactivate', s, t('staffPage.deactivate')) : action('reactivate', s, t('staffPage.reactivate'))}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
