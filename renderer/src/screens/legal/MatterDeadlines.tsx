import { useState } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DeadlineFlag, DeadlineKind, Urgency } from '../../../../shared/legal';
import type { StoredDeadline } from '../../../../shared/legal/schemas';
import { FlagList } from './FlagList';
import { useIsoDay } from './isoDay';
import { KIND_LABEL } from './labels';
import { UrgencyBadge } from './UrgencyBadge';

export interface ShownDeadline {
  key: string;
  kind: DeadlineKind;
  date: string | null;
  computed: string | null;
  overridden: boolean;
  ruleId: string;
  ruleVersion: number | null;
  flags: DeadlineFlag[];
  parentKey: string | null;
  offsetDays: number | null;
  urgency: Urgency;
  stored: StoredDeadline | null;
}

/**
 * The matter's deadlines: effective date (the notice's, when overridden, with the computed one struck
 * through beside it), urgency, rule and version, flags. Reminders fold under a checkbox. "Date on notice"
 * opens the override dialog; while the facts are being edited the list is a preview and cannot be overridden.
 */
export function MatterDeadlines({ deadlines, preview, onOverride }: { deadlines: readonly ShownDeadline[]; preview: boolean; onOverride: (d: StoredDeadline) => void }) {
  const { t } = useTranslation();
  const day = useIsoDay();
  const [reminders, setReminders] = useState(false);
  const rows = deadlines.filter((d) => reminders || (d.kind !== 'reminder' && d.kind !== 'court_preparation'));
  const hidden = deadlines.length - rows.length;
  const parentLabel = (key: string | null) => {
    const p = deadlines.find((d) => d.key === key);
    return p ? t(KIND_LABEL[p.kind]) : '';
  };
  return (
    <section className="panel matter-deadlines" aria-labelledby="matter-deadlines-title" data-testid="matter-deadlines">
      <div className="section-head">
        <h2 id="matter-deadlines-title">{t('legalPage.matter.deadlines')}</h2>
        <Checkbox className="checkbox" isSelected={reminders} onChange={setReminders} data-testid="matter-show-reminders">
          <span className="checkbox-box" aria-hidden="true" />
          <span>{t('legalPage.matter.showReminders', { n: reminders ? deadlines.filter((d) => d.kind === 'reminder' || d.kind === 'court_preparation').length : hidden })}</span>
        </Checkbox>
      </div>
      {preview ? (
        <p className="small alert alert-warning" role="note" data-testid="matter-deadlines-preview">
          {t('legalPage.matter.previewNote')}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="empty-state" data-testid="matter-no-deadlines">
          {t('legalPage.matter.noDeadlines')}
        </p>
      ) : (
        <div className="table-wrap" data-scroll-x>
          <table className="table table-compact" data-testid="matter-deadline-table">
            <caption className="visually-hidden">{t('legalPage.matter.deadlines')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('legalPage.col.deadline')}</th>
                <th scope="col">{t('legalPage.col.date')}</th>
                <th scope="col">{t('legalPage.col.urgency')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('legalPage.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr key={d.key} data-testid={`matter-deadline-${d.key}`} className={d.kind === 'reminder' || d.kind === 'court_preparation' ? 'row-reminder' : undefined}>
                  <th scope="row">
                    {d.kind === 'reminder' || d.kind === 'court_preparation' ? (
                      <span>{t('legalPage.deadline.before', { kind: t(KIND_LABEL[d.kind]), n: d.offsetDays ?? 0, parent: parentLabel(d.parentKey) })}</span>
                    ) : (
                      t(KIND_LABEL[d.kind])
                    )}
                    <div className="muted small">{d.ruleVersion ? t('legalPage.deadline.rule', { rule: d.ruleId, version: d.ruleVersion }) : d.ruleId}</div>
                    <FlagList flags={d.flags} overridden={d.overridden} />
                  </th>
                  <td className="nowrap" data-testid={`matter-deadline-date-${d.key}`}>
                    {d.date ? day.day(d.date) : <em>{t('legalPage.deadline.noDate')}</em>}
                    {d.overridden && d.computed && d.computed !== d.date ? (
                      <div className="muted small">
                        <s>{day.day(d.computed)}</s> <span className="visually-hidden">{t('legalPage.deadline.computedWas')}</span>
                      </div>
                    ) : null}
                  </td>
                  <td>
                    <UrgencyBadge urgency={d.urgency} />
                  </td>
                  <td className="nowrap">
                    {d.kind !== 'reminder' && d.kind !== 'court_preparation' && d.stored ? (
                      <Button className="button button-small" isDisabled={preview} onPress={() => d.stored && onOverride(d.stored)} data-testid={`override-open-${d.key}`}>
                        {d.overridden ? t('legalPage.override.edit') : t('legalPage.override.open')}
                        <span className="visually-hidden"> {t('legalPage.override.openFor', { deadline: t(KIND_LABEL[d.kind]) })}</span>
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
