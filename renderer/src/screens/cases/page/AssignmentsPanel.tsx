import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../../../../shared/cases/schemas';
import { StatusMessage } from '../../../components/StatusMessage';
import { useFormat } from '../../../i18n/format';
import { vocabKey, type CaseRole } from '../vocab';
import { AssignDialog } from './AssignDialog';
import { UnassignDialog } from './UnassignDialog';

interface Person {
  staffId: number;
  displayName: string;
  roles: CaseRole[];
  since: string;
}

/** One line per person on the case; a person may hold several case roles. */
export function peopleOf(file: CaseFile): Person[] {
  const byId = new Map<number, Person>();
  for (const a of file.header.assignments) {
    const p = byId.get(a.staffId);
    if (p) {
      p.roles.push(a.caseRole);
      if (a.assignedAt < p.since) p.since = a.assignedAt;
    } else byId.set(a.staffId, { staffId: a.staffId, displayName: a.displayName, roles: [a.caseRole], since: a.assignedAt });
  }
  return [...byId.values()];
}

/** Who is on the case and in which capacity; admins and the lead caseworker can change it. */
export function AssignmentsPanel({ file, canManage }: { file: CaseFile; canManage: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Person | null>(null);
  const [message, setMessage] = useState('');
  const people = peopleOf(file);
  const close = (m?: string) => {
    setAdding(false);
    setRemoving(null);
    if (m) setMessage(m);
  };

  return (
    <section className="panel" aria-labelledby="assignments-title" data-testid="assignments">
      <div className="section-head">
        <h2 id="assignments-title">{t('assignments.title')}</h2>
        {canManage ? (
          <Button className="button button-small" onPress={() => setAdding(true)} data-testid="assign-open">
            {t('assignments.add')}
          </Button>
        ) : null}
      </div>
      <StatusMessage testId="assignments-status">{message}</StatusMessage>
      <table className="table table-compact">
        <caption className="visually-hidden">{t('assignments.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assignments.person')}</th>
            <th scope="col">{t('assignments.caseRole')}</th>
            <th scope="col">{t('assignments.since')}</th>
            {canManage ? (
              <th scope="col">
                <span className="visually-hidden">{t('staffPage.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.staffId} data-testid={`assignee-${p.staffId}`}>
              <th scope="row" className="nowrap">
                {p.displayName}
              </th>
              <td>{p.roles.map((r) => t(vocabKey('caseRole', r))).join(', ')}</td>
              <td className="nowrap">{fmt.date(p.since)}</td>
              {canManage ? (
                <td>
                  <div className="row-actions">
                    <Button className="button button-small" onPress={() => setRemoving(p)} aria-label={`${t('assignments.remove')}: ${p.displayName}`} data-testid={`unassign-${p.staffId}`}>
                      {t('assignments.remove')}
                    </Button>
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {adding ? <AssignDialog caseId={file.header.id} knownContactName={file.contact ? file.contact.preferredName.trim() || null : null} onClose={close} /> : null}
      {removing ? <UnassignDialog caseId={file.header.id} person={removing} onClose={close} /> : null}
    </section>
  );
}
